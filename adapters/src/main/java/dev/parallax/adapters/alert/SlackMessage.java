package dev.parallax.adapters.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.alert.Alert;

/**
 * The JSON body posted for an alert: a Slack incoming-webhook message, {@code {"text": "..."}}, whose
 * text reads like {@code [CRITICAL] parity alert DISABLED for strategy btc-momentum: ... (at 2024-03-01T...)
 * (alert id ...)} or {@code [CRITICAL] risk alert DAILY_LOSS_BREAKER_TRIPPED for strategy ...}: severity,
 * source, kind, strategy, message, operator when there is one, time and the alert's stable id.
 * {@code &}, {@code <} and {@code >} are escaped as Slack asks.
 */
public final class SlackMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackMessage() {
    }

    /** The body for {@code alert}. */
    public static String json(Alert alert) {
        StringBuilder text = new StringBuilder()
                .append('[').append(alert.severity()).append("] ").append(alert.source().label())
                .append(" alert ").append(alert.kind())
                .append(" for strategy ").append(alert.strategy()).append(": ").append(alert.message());
        if (!alert.operator().isEmpty()) {
            text.append(" (by ").append(alert.operator()).append(')');
        }
        text.append(" (at ").append(alert.time()).append(')');
        text.append(" (alert id ").append(alert.id()).append(')');
        return JSON.createObjectNode().put("text", escape(text.toString())).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
