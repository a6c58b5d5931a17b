package dev.parallax.live.bot;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.live.RiskLimits;
import dev.parallax.live.store.PostgresDatabase;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the bot hook reads from the environment.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><th>variable</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@value #ENABLED}</td><td>{@code true} turns tracking on; anything else but
 *       {@code false} or empty is an error</td><td>false</td></tr>
 *   <tr><td>{@value #DATA_DIR}</td><td>folder of the SQLite database (and of the alert log)</td>
 *       <td>{@code data/live}</td></tr>
 *   <tr><td>{@value #DB_URL}</td><td>a {@code jdbc:postgresql:} URL: record into that database
 *       (schema {@code live_<strategy>}) instead of an SQLite file</td><td>none</td></tr>
 *   <tr><td>{@value #DB_PASSWORD_FILE}</td><td>file holding the database password; else
 *       {@value PostgresDatabase#PASSWORD_VARIABLE} or {@code PGPASSWORD}, and the user from
 *       {@value PostgresDatabase#USER_VARIABLE} or {@code PGUSER}</td><td>none</td></tr>
 *   <tr><td>{@value #MAX_DAILY_LOSS}</td><td>daily loss limit, a fraction ({@code 0.05}) or a
 *       percentage ({@code 5%})</td><td>5%</td></tr>
 *   <tr><td>{@value #MAX_DRAWDOWN}</td><td>drawdown alert, a fraction or a percentage</td><td>12%</td></tr>
 *   <tr><td>{@value #INITIAL_BALANCE}</td><td>account value before the first trade, {@code > 0};
 *       required when enabled</td><td>none</td></tr>
 * </table>
 *
 * @param enabled        whether to track at all
 * @param dataFolder     folder of the SQLite database and of the alert log
 * @param limits         risk limits
 * @param initialBalance account value before the first trade; NaN when disabled and not given
 * @param database       the PostgreSQL database to record into instead of the SQLite file, if any
 */
public record BotHookSettings(boolean enabled, Path dataFolder, RiskLimits limits, double initialBalance,
                              Optional<PostgresDatabase> database) {

    /** Turns tracking on with {@code true}. */
    public static final String ENABLED = "LIVE_TRACKER_ENABLED";
    /** Folder of the database. */
    public static final String DATA_DIR = "LIVE_TRACKER_DATA_DIR";
    /** Daily loss limit. */
    public static final String MAX_DAILY_LOSS = "LIVE_TRACKER_MAX_DAILY_LOSS";
    /** Drawdown alert level. */
    public static final String MAX_DRAWDOWN = "LIVE_TRACKER_MAX_DRAWDOWN";
    /** Account value before the first trade. */
    public static final String INITIAL_BALANCE = "INITIAL_BALANCE";
    /** A PostgreSQL JDBC URL to record into instead of the SQLite file. */
    public static final String DB_URL = "LIVE_TRACKER_DB_URL";
    /** A file holding the PostgreSQL password. */
    public static final String DB_PASSWORD_FILE = "LIVE_TRACKER_DB_PASSWORD_FILE";

    /** Settings that track nothing. */
    public static final BotHookSettings DISABLED = new BotHookSettings(false, Path.of("data", "live"),
            RiskLimits.DEFAULTS, Double.NaN);

    /** Settings that record into the SQLite file in {@code dataFolder}. */
    public BotHookSettings(boolean enabled, Path dataFolder, RiskLimits limits, double initialBalance) {
        this(enabled, dataFolder, limits, initialBalance, Optional.empty());
    }

    /** Checks the folder and limits, and a positive initial balance when enabled. */
    public BotHookSettings {
        notNull("dataFolder", dataFolder);
        notNull("limits", limits);
        notNull("database", database);
        if (enabled && !(initialBalance > 0 && Double.isFinite(initialBalance))) {
            throw new IllegalArgumentException(INITIAL_BALANCE + " must be a finite number > 0 when "
                    + ENABLED + " is true, was " + initialBalance);
        }
    }

    /**
     * Reads the variables from {@code environment} (pass {@code System.getenv()}).
     *
     * @throws IllegalArgumentException naming the variable, its value and the rule when one is malformed
     */
    public static BotHookSettings fromEnvironment(Map<String, String> environment) {
        notNull("environment", environment);
        String enabledText = environment.getOrDefault(ENABLED, "").trim().toLowerCase(Locale.ROOT);
        if (!enabledText.isEmpty() && !enabledText.equals("true") && !enabledText.equals("false")) {
            throw new IllegalArgumentException(ENABLED + " must be true or false, was '" + enabledText + "'");
        }
        if (!enabledText.equals("true")) {
            return DISABLED;
        }
        String folderText = environment.getOrDefault(DATA_DIR, "data/live").trim();
        if (PostgresDatabase.isJdbcUrl(folderText)) {
            throw new IllegalArgumentException(DATA_DIR + " must be a folder, was the database URL '"
                    + PostgresDatabase.redacted(folderText) + "'; give a database URL in " + DB_URL + " instead");
        }
        Path folder = Path.of(folderText);
        RiskLimits limits = new RiskLimits(
                fraction(environment, MAX_DAILY_LOSS, RiskLimits.DEFAULTS.maxDailyLoss()),
                fraction(environment, MAX_DRAWDOWN, RiskLimits.DEFAULTS.maxDrawdown()));
        String balance = environment.get(INITIAL_BALANCE);
        if (balance == null || balance.isBlank()) {
            throw new IllegalArgumentException(INITIAL_BALANCE + " must be set to the account value (> 0) when "
                    + ENABLED + " is true");
        }
        return new BotHookSettings(true, folder, limits, number(INITIAL_BALANCE, balance), database(environment));
    }

    private static Optional<PostgresDatabase> database(Map<String, String> environment) {
        String url = environment.getOrDefault(DB_URL, "").trim();
        String passwordFile = environment.getOrDefault(DB_PASSWORD_FILE, "").trim();
        if (url.isEmpty()) {
            if (!passwordFile.isEmpty()) {
                throw new IllegalArgumentException(DB_PASSWORD_FILE + " is set but " + DB_URL + " is not; set both "
                        + "to record into PostgreSQL, or neither");
            }
            return Optional.empty();
        }
        if (!url.startsWith(PostgresDatabase.URL_PREFIX)) {
            throw new IllegalArgumentException(DB_URL + " must start with " + PostgresDatabase.URL_PREFIX + ", was '"
                    + PostgresDatabase.redacted(url) + "'");
        }
        return Optional.of(PostgresDatabase.of(url, environment,
                passwordFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(passwordFile))));
    }

    private static double fraction(Map<String, String> environment, String name, double fallback) {
        String text = environment.getOrDefault(name, "").trim();
        if (text.isEmpty()) {
            return fallback;
        }
        double value = text.endsWith("%") ? number(name, text.substring(0, text.length() - 1)) / 100
                : number(name, text);
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1] such as 0.05, or a percentage "
                    + "such as 5%, was '" + text + "'");
        }
        return value;
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + text + "'", e);
        }
    }
}
