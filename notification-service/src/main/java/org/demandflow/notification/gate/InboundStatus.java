package org.demandflow.notification.gate;

import java.util.Objects;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/**
 * A status record as it came off the topic: its record key (null when the record had none), the
 * decoded status, the digest of its value (two records are the same delivery exactly when key
 * and digest are equal) and what its signature showed.
 *
 * @param digest a digest of the value's canonical form (see the messaging adapter)
 * @param signature whether order-review's signature of the record's key and value is there and valid
 */
public record InboundStatus(String key, StatusChange status, String digest, StatusSignature signature) {

    public InboundStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(signature, "signature");
    }

    /** Whether the record key names exactly the demand its value is about. */
    public boolean keyMatches() {
        return status.demandId().toString().equals(key);
    }

    /** The demand the key names, if the key is a demand id. */
    public Optional<DemandId> keyDemand() {
        try {
            return key == null ? Optional.empty() : Optional.of(DemandId.parse(key));
        } catch (IllegalArgumentException notADemandId) {
            return Optional.empty();
        }
    }
}
