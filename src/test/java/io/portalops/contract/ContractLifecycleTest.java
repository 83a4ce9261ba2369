package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractLifecycleTest {

    /** The lifecycle diagram of docs/architecture.md (Contracts), written out independently of the production table. */
    static final Map<String, ContractStatus> EXPECTED = Map.of(
            "DRAFT/SUBMIT", ContractStatus.PENDING_APPROVAL,
            "PENDING_APPROVAL/APPROVE", ContractStatus.APPROVED,
            "PENDING_APPROVAL/REJECT", ContractStatus.REJECTED,
            "REJECTED/REVISE", ContractStatus.DRAFT,
            "APPROVED/ACTIVATE", ContractStatus.ACTIVE,
            "ACTIVE/EXPIRE", ContractStatus.EXPIRED,
            "ACTIVE/TERMINATE", ContractStatus.TERMINATED);

    @Test
    void every_state_and_action_is_allowed_exactly_as_the_design_says() {
        int allowed = 0;
        for (ContractStatus state : ContractStatus.values()) {
            for (LifecycleAction action : LifecycleAction.values()) {
                ContractStatus expected = EXPECTED.get(state + "/" + action);
                if (expected != null) {
                    assertThat(ContractLifecycle.require(state, action))
                            .as("%s --%s-->", state, action)
                            .isEqualTo(expected);
                    allowed++;
                } else {
                    assertThat(ContractLifecycle.allows(state, action))
                            .as("%s --%s--> must be refused", state, action)
                            .isFalse();
                    assertThatThrownBy(() -> ContractLifecycle.require(state, action))
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining("cannot be")
                            .hasMessageContaining("Nothing was changed");
                }
            }
        }
        assertThat(allowed).isEqualTo(EXPECTED.size());
    }

    @Test
    void terminal_states_allow_no_transition() {
        for (ContractStatus terminal : new ContractStatus[] {ContractStatus.EXPIRED, ContractStatus.TERMINATED}) {
            for (LifecycleAction action : LifecycleAction.values()) {
                assertThat(ContractLifecycle.allows(terminal, action)).isFalse();
            }
        }
    }
}
