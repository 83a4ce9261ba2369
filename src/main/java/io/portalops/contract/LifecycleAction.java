package io.portalops.contract;

/**
 * The actions that move a contract between states. Flags and notes are allowed in every state and are not here.
 */
enum LifecycleAction {
    SUBMIT,
    APPROVE,
    REJECT,
    REVISE,
    ACTIVATE,
    EXPIRE,
    TERMINATE
}
