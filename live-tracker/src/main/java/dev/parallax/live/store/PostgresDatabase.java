package dev.parallax.live.store;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL server and database the live tracker records into, with the credentials to log in.
 * {@link #toString()} and every message built from it show the URL without credentials and never
 * the password.
 *
 * <p>Credentials come from the caller, or from {@link #of(String, Map, Optional)}: the user from
 * {@value #USER_VARIABLE} or {@code PGUSER}, the password from a password file, else
 * {@value #PASSWORD_VARIABLE}, else {@code PGPASSWORD}. Empty means "not given": the driver then
 * uses what the URL says.
 *
 * @param url      a {@code jdbc:postgresql:} URL, such as {@code jdbc:postgresql://127.0.0.1:5432/trading}
 * @param user     the role to log in as, or empty
 * @param password its password, or empty
 */
public record PostgresDatabase(String url, String user, String password) {

    /** How every PostgreSQL JDBC URL starts. */
    public static final String URL_PREFIX = "jdbc:postgresql:";
    /** The environment variable naming the role, before {@code PGUSER}. */
    public static final String USER_VARIABLE = "LIVE_TRACKER_DB_USER";
    /** The environment variable holding the password, before {@code PGPASSWORD}. */
    public static final String PASSWORD_VARIABLE = "LIVE_TRACKER_DB_PASSWORD";
    /** The longest password file read, in bytes. */
    public static final int MAX_PASSWORD_FILE_BYTES = 4096;

    /** Checks that the URL is a PostgreSQL one; user and password may be empty, never null. */
    public PostgresDatabase {
        notBlank("url", url);
        notNull("user", user);
        notNull("password", password);
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("url must start with " + URL_PREFIX + ", was '"
                    + JdbcLiveEventStore.withoutCredentials(url) + "'");
        }
    }

    /**
     * The database at {@code url} with the credentials of {@code environment} (pass
     * {@code System.getenv()}), the password read from {@code passwordFile} when one is given.
     *
     * @throws IllegalArgumentException if the URL is not a PostgreSQL one, or the password file is
     *                                  missing, empty, too long or unreadable (its content is never shown)
     */
    public static PostgresDatabase of(String url, Map<String, String> environment, Optional<Path> passwordFile) {
        notNull("environment", environment);
        notNull("passwordFile", passwordFile);
        String user = first(environment, USER_VARIABLE, "PGUSER");
        String password = passwordFile.isPresent() ? readPasswordFile(passwordFile.get())
                : first(environment, PASSWORD_VARIABLE, "PGPASSWORD");
        return new PostgresDatabase(url, user, password);
    }

    /** True if {@code text} is a JDBC URL of any database (starts with {@code jdbc:}). */
    public static boolean isJdbcUrl(String text) {
        return text.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /**
     * {@code text} (a JDBC URL, or a message quoting one) with the values of {@code password=},
     * {@code pwd=}, {@code secret=} and {@code token=} and the password of a {@code user:password@}
     * part replaced by {@code ***}.
     */
    public static String redacted(String text) {
        return JdbcLiveEventStore.withoutCredentials(notNull("text", text));
    }

    /**
     * The schema that holds {@code strategy}'s tables: {@code live_<strategy>}.
     *
     * @throws IllegalArgumentException if the name has other characters than letters, digits, '.',
     *                                  '_' and '-', or more than 58
     */
    public static String schemaOf(String strategy) {
        return PostgresSchema.of(notBlank("strategy", strategy));
    }

    /** The URL without credentials, for messages and logs. */
    public String location() {
        return JdbcLiveEventStore.withoutCredentials(url);
    }

    /** The driver properties: user and password when given, and {@code applicationName}. */
    Properties properties(String applicationName) {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName);
        return properties;
    }

    /** The URL without credentials and the user; the password is never shown. */
    @Override
    public String toString() {
        return "PostgresDatabase[url=" + location() + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + "]";
    }

    private static String first(Map<String, String> environment, String name, String fallback) {
        String value = environment.getOrDefault(name, "");
        return value.isEmpty() ? environment.getOrDefault(fallback, "") : value;
    }

    private static String readPasswordFile(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PASSWORD_FILE_BYTES) {
                throw new IllegalArgumentException("password file " + file + " is longer than "
                        + MAX_PASSWORD_FILE_BYTES + " bytes; it must hold the password alone");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + file + " could not be read: "
                    + e.getClass().getSimpleName());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String password = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (password.isEmpty() || password.contains("\n")) {
            throw new IllegalArgumentException("password file " + file + " must hold the password on one line, "
                    + "was " + (password.isEmpty() ? "empty" : "several lines"));
        }
        return password;
    }
}
