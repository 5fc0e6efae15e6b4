package io.litstream.aggregate.query;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** Which aggregate instance holds what, by the {@code application.server} each one advertises. */
public interface InstanceDirectory {
    /** This instance. */
    HostInfo self();

    /** Every instance holding a part of {@code store}, this one included when it does. */
    List<HostInfo> hostsOf(String store);

    /** The instance holding {@code key} in {@code store}; empty while that is not known (rebalancing). */
    Optional<HostInfo> ownerOf(String store, String key);
}
