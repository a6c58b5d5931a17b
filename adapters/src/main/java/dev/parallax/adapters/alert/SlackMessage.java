package dev.parallax.adapters.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.parity.alert.ParityAlert;

/**
 * The JSON body posted for an alert: a Slack incoming-webhook message, {@code {"text": "..."}}, whose
 * text reads like {@code [CRITICAL] parity alert DISABLED for strategy btc-momentum: ... (at 2024-03-01T...)}.
 * {@code &}, {@code <} and {@code >} are escaped as Slack asks.
 */
public final class SlackMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackMessage() {
    }

    /** The body for {@code alert}. */
    public static String json(ParityAlert alert) {
        StringBuilder text = new StringBuilder()
                .append('[').append(alert.severity()).append("] parity alert ").append(alert.kind())
                .append(" for strategy ").append(alert.strategy()).append(": ").append(alert.message());
        if (!alert.operator().isEmpty()) {
            text.append(" (by ").append(alert.operator()).append(')');
        }
        text.append(" (at ").append(alert.time()).append(')');
        return JSON.createObjectNode().put("text", escape(text.toString())).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
