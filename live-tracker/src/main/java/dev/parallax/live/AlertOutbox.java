package dev.parallax.live;

import dev.parallax.alert.Alert;
import java.util.List;

/** Where the {@link AlertSender} finds alerts to deliver and reports the ones it delivered. */
interface AlertOutbox {

    /** At most {@code max} undelivered alerts, oldest first. */
    List<Alert> pending(int max);

    /** Records that every sink took {@code alert}; it is not listed again. */
    void delivered(Alert alert);
}
