package dev.parallax.research.spark;

import java.util.regex.Pattern;

/**
 * Where a Spark job runs, as a master URL. It is checked before a Spark context is made, so a typo
 * fails at once with the forms that work instead of deep inside Spark.
 *
 * <p>Accepted: {@code local}, {@code local[N]}, {@code local[*]} (with an optional retry count,
 * {@code local[N,F]}), {@code spark://host:port} (several masters separated by commas),
 * {@code yarn} and {@code k8s://https://host:port}.
 *
 * @param url the master URL, one of the accepted forms
 */
public record SparkMaster(String url) {

    private static final String HOST_PORT = "[A-Za-z0-9.\\-]+:[0-9]{1,5}";
    private static final Pattern ACCEPTED = Pattern.compile("local"
            + "|local\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?\\]"
            + "|spark://" + HOST_PORT + "(," + HOST_PORT + ")*"
            + "|yarn"
            + "|k8s://(https?://)?" + HOST_PORT);

    /** The forms accepted, for messages. */
    public static final String FORMS = "local, local[N], local[*], spark://host:port, yarn or k8s://https://host:port";

    /** Checks that {@code url} has an accepted form. */
    public SparkMaster {
        if (url == null || !ACCEPTED.matcher(url).matches()) {
            throw new IllegalArgumentException("--spark must be " + FORMS + ", was '" + url + "'");
        }
    }

    /** True when the job runs inside this JVM ({@code local...}). */
    public boolean embedded() {
        return url.startsWith("local");
    }
}
