package io.portalops.shared.fanout;

import java.util.List;

/**
 * One signal from another node.
 *
 * @param origin the sending node's fan-out id (random per start), for diagnosis only
 */
public record FanoutMessage(String topic, String origin, List<Long> ids) {

    public FanoutMessage {
        ids = List.copyOf(ids);
    }
}
