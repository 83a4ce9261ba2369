package io.portalops.shared.fanout;

/** Receives the signals of other nodes; must return quickly (hand slow work to another thread). */
public interface FanoutListener {

    void received(FanoutMessage message);

    /**
     * Messages may have been lost: the node was cut off from the transport for a while (a database restart). The
     * listener signals everything it serves, so each screen reads its figures again.
     */
    default void missed() {}
}
