package dev.parallax.cli.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.CashAccount;
import dev.parallax.backtest.MarginAccount;
import dev.parallax.cli.CliException;
import dev.parallax.cli.data.BarTime;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataRead;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code plan} section of {@code results.json}: every choice a backtest ran with, resolved, so
 * that {@code parallax backtest --rerun results.json} repeats it. Fields come in a fixed order and
 * maps are sorted, so the same plan always writes the same bytes; reading is strict (a missing,
 * unknown or mistyped field names itself). The one exception is {@code marketDataLatency}: a plan
 * written before it existed has none and ran without market-data latency, so its absence reads as
 * {@code false}. {@code positionMode} is written only for {@code per-trade}, so the files of netting runs
 * keep the bytes they had before the field existed; its absence reads as {@code netting}.
 */
public final class PlanJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MODEL_KINDS = List.of("fee", "latency", "slippage", "queue", "fill");
    private static final Set<String> FIELDS = Set.of("parallaxVersion", "strategy", "strategySettings", "data",
            "from", "to", "balance", "account", "execution", "marketDataLatency", "positionMode", "executionModels", "barSpreadBps",
            "periodsPerYear", "seed", "models");
    private static final Set<String> CASH_FIELDS = Set.of("type", "feeReserveBps");
    private static final Set<String> MARGIN_FIELDS = Set.of("type", "initialMargin", "maintenanceMargin", "maxLeverage",
            "feeReserveBps");
    private static final Set<String> DATA_FIELDS = Set.of("file", "format", "symbol", "bar", "barTime", "lenient",
            "sha256", "bytes", "rowsRead", "rowsSkipped");

    private PlanJson() {
    }

    /**
     * A plan as recorded in a results file.
     *
     * @param plan    the plan
     * @param read    what the run read of its data
     * @param version the Parallax version that ran it
     */
    public record Recorded(BacktestPlan plan, DataRead read, String version) {
    }

    /** The JSON of {@code plan}, which read {@code read}, run by Parallax {@code version}. */
    public static ObjectNode toJson(BacktestPlan plan, DataRead read, String version) {
        ObjectNode n = NODES.objectNode();
        n.put("parallaxVersion", version);
        n.put("strategy", plan.strategy());
        n.set("strategySettings", settings(plan.strategySettings()));
        DataSpec d = plan.data();
        ObjectNode data = n.putObject("data");
        if (d.remote().isPresent()) {
            data.put("file", d.remote().get().uri());
        } else if (d.file().isPresent()) {
            data.put("file", d.file().get().toAbsolutePath().normalize().toString());
        } else {
            data.putNull("file");
        }
        data.put("format", d.format().label());
        data.put("symbol", d.symbol());
        data.put("bar", d.bar().toString());
        data.put("barTime", d.barTime().label());
        data.put("lenient", d.policy() == BadRowPolicy.LENIENT);
        data.put("sha256", read.sha256());
        data.put("bytes", read.bytes());
        data.put("rowsRead", read.rowsRead());
        data.put("rowsSkipped", read.rowsSkipped());
        date(n, "from", plan.from());
        date(n, "to", plan.to());
        n.put("balance", plan.balance());
        ObjectNode account = n.putObject("account");
        if (plan.account() instanceof MarginAccount m) {
            account.put("type", "margin");
            account.put("initialMargin", m.initialMargin());
            account.put("maintenanceMargin", m.maintenanceMargin());
            account.put("maxLeverage", m.maxLeverage());
        } else {
            account.put("type", "cash");
        }
        account.put("feeReserveBps", plan.account().feeReserveBps());
        n.put("execution", execution(plan.execution()));
        n.put("marketDataLatency", plan.marketDataLatency());
        if (plan.positionMode() != PositionMode.NETTING) {
            n.put("positionMode", positionMode(plan.positionMode()));
        }
        n.put("executionModels", plan.preset().label());
        n.put("barSpreadBps", plan.barSpreadBps());
        n.put("periodsPerYear", plan.periodsPerYear());
        n.put("seed", plan.simulator().seed());
        ObjectNode models = n.putObject("models");
        SimulatorConfig sim = plan.simulator();
        List<ModelChoice> choices = List.of(sim.fee(), sim.latency(), sim.slippage(), sim.queue(), sim.fill());
        for (int i = 0; i < MODEL_KINDS.size(); i++) {
            ObjectNode m = models.putObject(MODEL_KINDS.get(i));
            m.put("name", choices.get(i).name());
            m.set("settings", settings(choices.get(i).settings()));
        }
        return n;
    }

    /**
     * The plan recorded in {@code plan}, the {@code plan} node of a results file called {@code source}
     * in messages.
     *
     * @throws CliException naming the field for anything missing, unknown or of the wrong type
     */
    public static Recorded read(JsonNode plan, String source) {
        String where = source + " plan";
        requireObject(plan, where);
        onlyKnown(plan, FIELDS, where);
        JsonNode data = plan.get("data");
        requireObject(data, where + ".data");
        onlyKnown(data, DATA_FIELDS, where + ".data");
        try {
            JsonNode file = field(data, "file", where + ".data");
            DataSpec spec = new DataSpec(file.isNull() ? Optional.empty() : Optional.of(Path.of(file.asText())),
                    DataFormat.parse(text(data, "format", where + ".data")), text(data, "symbol", where + ".data"),
                    duration(data, "bar", where + ".data"),
                    bool(data, "lenient", where + ".data") ? BadRowPolicy.LENIENT : BadRowPolicy.STRICT,
                    BarTime.parse(text(data, "barTime", where + ".data")));
            DataRead read = new DataRead(text(data, "sha256", where + ".data"), whole(data, "bytes", where + ".data"),
                    whole(data, "rowsRead", where + ".data"), whole(data, "rowsSkipped", where + ".data"));
            JsonNode models = field(plan, "models", where);
            requireObject(models, where + ".models");
            onlyKnown(models, Set.copyOf(MODEL_KINDS), where + ".models");
            ModelChoice[] m = new ModelChoice[MODEL_KINDS.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = model(field(models, MODEL_KINDS.get(i), where + ".models"), where + ".models." + MODEL_KINDS.get(i));
            }
            SimulatorConfig sim = new SimulatorConfig(m[0], m[1], m[2], m[3], m[4], whole(plan, "seed", where));
            BacktestPlan p = new BacktestPlan(text(plan, "strategy", where),
                    settings(field(plan, "strategySettings", where), where + ".strategySettings"), spec,
                    optionalDate(plan, "from", where), optionalDate(plan, "to", where), number(plan, "balance", where),
                    execution(text(plan, "execution", where)), number(plan, "barSpreadBps", where),
                    number(plan, "periodsPerYear", where), sim,
                    ExecutionPreset.parse(text(plan, "executionModels", where)),
                    account(field(plan, "account", where), where + ".account"),
                    plan.has("marketDataLatency") && bool(plan, "marketDataLatency", where),
                    plan.has("positionMode") ? positionMode(text(plan, "positionMode", where)) : PositionMode.NETTING);
            return new Recorded(p, read, text(plan, "parallaxVersion", where));
        } catch (CliException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new CliException(where + " is not valid: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException(where + " is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * The plan recorded in the results file {@code results}.
     *
     * @throws CliException when the file is not JSON, has a key twice, has no plan (written before plans
     *                      were recorded, or by the library without one), a plan that does not read, or
     *                      models that cannot be made here (an unknown name or setting)
     */
    public static Recorded readFile(Path results) throws java.io.IOException {
        Recorded r = readIfPresent(results).orElseThrow(() -> new CliException(results + " records no plan; --rerun "
                + "needs a results.json written by 'parallax backtest' of this version or later"));
        try {
            ExecutionModels.from(ModelLookup.fromClasspath(), r.plan().simulator());
        } catch (IllegalArgumentException e) {
            throw new CliException(results + " plan.models: " + e.getMessage(), e);
        }
        return r;
    }

    /** The plan recorded in {@code results}, or empty when it records none; throws as {@link #readFile}. */
    private static Optional<Recorded> readIfPresent(Path results) throws java.io.IOException {
        JsonNode root;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(results)) {
            root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CliException(results + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.get("plan") == null) {
            return Optional.empty();
        }
        return Optional.of(read(root.get("plan"), results.toString()));
    }

    /** The word for {@code execution} that config files and flags use. */
    public static String execution(BarExecution execution) {
        return switch (execution) {
            case NEXT_BAR_OPEN -> "next-bar-open";
            case SIGNAL_BAR_CLOSE -> "signal-bar-close";
        };
    }

    /**
     * The bar execution named {@code text}.
     *
     * @throws CliException for any other word
     */
    public static BarExecution execution(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "next-bar-open" -> BarExecution.NEXT_BAR_OPEN;
            case "signal-bar-close" -> BarExecution.SIGNAL_BAR_CLOSE;
            default -> throw new CliException("execution must be next-bar-open or signal-bar-close, was '" + text + "'");
        };
    }

    /** The word of {@code mode} in plans and flags: {@code netting} or {@code per-trade}. */
    public static String positionMode(PositionMode mode) {
        return switch (mode) {
            case NETTING -> "netting";
            case PER_TRADE -> "per-trade";
        };
    }

    /**
     * The position mode named {@code text}.
     *
     * @throws CliException for any other word
     */
    public static PositionMode positionMode(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "netting" -> PositionMode.NETTING;
            case "per-trade" -> PositionMode.PER_TRADE;
            default -> throw new CliException("position mode must be netting or per-trade, was '" + text + "'");
        };
    }

    private static ObjectNode settings(ModelSettings settings) {
        ObjectNode n = NODES.objectNode();
        new TreeMap<>(settings.asMap()).forEach(n::put);
        return n;
    }

    private static ModelSettings settings(JsonNode node, String where) {
        requireObject(node, where);
        Map<String, String> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new CliException(where + "." + e.getKey() + " must be a string, was " + e.getValue());
            }
            values.put(e.getKey(), e.getValue().asText());
        }
        return ModelSettings.of(values);
    }

    private static AccountType account(JsonNode node, String where) {
        requireObject(node, where);
        String type = text(node, "type", where);
        double reserve = number(node, "feeReserveBps", where);
        return switch (type) {
            case "cash" -> {
                onlyKnown(node, CASH_FIELDS, where);
                yield new CashAccount(reserve);
            }
            case "margin" -> {
                onlyKnown(node, MARGIN_FIELDS, where);
                yield new MarginAccount(number(node, "initialMargin", where), number(node, "maintenanceMargin", where),
                        number(node, "maxLeverage", where), reserve);
            }
            default -> throw new CliException(where + ".type must be cash or margin, was '" + type + "'");
        };
    }

    private static ModelChoice model(JsonNode node, String where) {
        requireObject(node, where);
        onlyKnown(node, Set.of("name", "settings"), where);
        return new ModelChoice(text(node, "name", where), settings(field(node, "settings", where), where + ".settings"));
    }

    private static void date(ObjectNode n, String name, Optional<LocalDate> date) {
        if (date.isPresent()) {
            n.put(name, date.get().toString());
        } else {
            n.putNull(name);
        }
    }

    private static Optional<LocalDate> optionalDate(JsonNode node, String name, String where) {
        JsonNode v = field(node, name, where);
        if (v.isNull()) {
            return Optional.empty();
        }
        String t = text(node, name, where);
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (java.time.format.DateTimeParseException e) {
            throw new CliException(where + "." + name + " must be a date like 2024-01-31 or null, was '" + t + "'", e);
        }
    }

    /** An ISO-8601 duration that a {@code long} of nanoseconds holds, as {@link DataSpec#bar()} needs. */
    private static Duration duration(JsonNode node, String name, String where) {
        String t = text(node, name, where);
        try {
            Duration d = Duration.parse(t);
            d.toNanos();
            return d;
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            throw new CliException(where + "." + name + " must be an ISO-8601 duration such as PT5M of at most "
                    + "292 years, was '" + t + "'", e);
        }
    }

    private static JsonNode field(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new CliException(where + " has no '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode v = field(node, name, where);
        if (!v.isTextual()) {
            throw new CliException(where + "." + name + " must be a string, was " + v);
        }
        return v.asText();
    }

    private static double number(JsonNode node, String name, String where) {
        JsonNode v = field(node, name, where);
        if (!v.isNumber()) {
            throw new CliException(where + "." + name + " must be a number, was " + v);
        }
        return v.asDouble();
    }

    private static long whole(JsonNode node, String name, String where) {
        JsonNode v = field(node, name, where);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new CliException(where + "." + name + " must be a whole number, was " + v);
        }
        return v.asLong();
    }

    private static boolean bool(JsonNode node, String name, String where) {
        JsonNode v = field(node, name, where);
        if (!v.isBoolean()) {
            throw new CliException(where + "." + name + " must be true or false, was " + v);
        }
        return v.asBoolean();
    }

    private static void requireObject(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new CliException(where + " must be a JSON object" + (node == null ? " and is missing" : ", was " + node));
        }
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String where) {
        Set<String> unknown = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new CliException(where + " has unknown fields " + unknown + "; known: " + new TreeSet<>(known));
        }
    }
}
