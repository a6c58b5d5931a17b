package dev.parallax.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AlertSinkProvider}s found with {@link ServiceLoader}, keyed by name.
 *
 * <p>The two built-in providers ({@code slf4j} and {@code alert-log-file}) are always in the
 * catalog, even on a class path where their service file cannot be seen, because a disable must
 * always be logged and written to the alert log. A provider that cannot be loaded is skipped and
 * recorded in {@link #problems()} with a warning; so is a second provider claiming a name that is
 * already taken (the first one keeps it: built-ins first, then discovery order is irrelevant
 * because names must be unique).
 */
public final class AlertSinkCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSinkCatalog.class);
    private static final int MAX_LOAD_ERRORS = 1_000;

    private final Map<String, AlertSinkProvider> providers;
    private final List<String> problems;

    private AlertSinkCatalog(Map<String, AlertSinkProvider> providers, List<String> problems) {
        this.providers = Collections.unmodifiableMap(providers);
        this.problems = List.copyOf(problems);
    }

    /** The built-ins plus the providers visible to the thread's context class loader. */
    public static AlertSinkCatalog load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : AlertSinkCatalog.class.getClassLoader());
    }

    /** The built-ins plus the providers visible to {@code loader}. */
    public static AlertSinkCatalog load(ClassLoader loader) {
        Map<String, AlertSinkProvider> byName = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        add(byName, problems, new Slf4jAlertSinkProvider());
        add(byName, problems, new AlertLogFileSinkProvider());
        Iterator<AlertSinkProvider> it = ServiceLoader.load(AlertSinkProvider.class, loader).iterator();
        int errors = 0;
        while (errors < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                add(byName, problems, it.next());
            } catch (ServiceConfigurationError e) {
                errors++;
                problem(problems, "skipped an AlertSinkProvider that could not be loaded: " + e.getMessage());
            }
        }
        return new AlertSinkCatalog(byName, problems);
    }

    /** One sink from every provider, sorted by provider name. */
    public List<AlertSink> createAll(AlertSinkContext context) {
        notNull("context", context);
        List<AlertSink> sinks = new ArrayList<>();
        providers.values().forEach(p -> sinks.add(p.create(context)));
        return List.copyOf(sinks);
    }

    /** The provider names, sorted. */
    public Set<String> names() {
        return providers.keySet();
    }

    /** What went wrong while loading: unloadable providers, blank or duplicate names. */
    public List<String> problems() {
        return problems;
    }

    private static void add(Map<String, AlertSinkProvider> byName, List<String> problems, AlertSinkProvider provider) {
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException e) {
            problem(problems, "skipped " + provider.getClass().getName() + ": name() threw " + e);
            return;
        }
        if (name == null || name.isBlank()) {
            problem(problems, "skipped " + provider.getClass().getName() + ": it has a blank name()");
            return;
        }
        AlertSinkProvider existing = byName.get(name);
        if (existing == null) {
            byName.put(name, provider);
        } else if (existing.getClass() != provider.getClass()) {
            problem(problems, "skipped " + provider.getClass().getName() + ": the name '" + name
                    + "' is already taken by " + existing.getClass().getName());
        }
    }

    private static void problem(List<String> problems, String problem) {
        problems.add(problem);
        LOG.warn(problem);
    }
}
