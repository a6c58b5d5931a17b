package dev.parallax.sim.api.spi;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The providers of one service interface, found with {@link ServiceLoader} and picked by
 * {@link ModelProvider#name()}, never by classpath order.
 *
 * <p>A provider that cannot be loaded (a missing class, a constructor that throws) is skipped and
 * recorded in {@link #problems()}, with a warning on the {@link System.Logger} of this class; the
 * other providers stay usable. Two providers with the same name make that name ambiguous: asking
 * for it fails and names both classes. A provider added with {@link #with} replaces any discovered
 * provider of the same name, which is how an application overrides a model explicitly.
 *
 * @param <P> the provider interface, such as {@link FeeModelProvider}
 */
public final class ModelCatalog<P extends ModelProvider<?>> {

    private static final System.Logger LOG = System.getLogger(ModelCatalog.class.getName());
    private static final int MAX_LOAD_ERRORS = 1_000;

    private final Class<P> service;
    private final Map<String, P> providers;
    private final Map<String, List<String>> ambiguous;
    private final List<String> problems;

    private ModelCatalog(Class<P> service, Map<String, P> providers, Map<String, List<String>> ambiguous,
                         List<String> problems) {
        this.service = service;
        this.providers = Collections.unmodifiableMap(providers);
        this.ambiguous = Collections.unmodifiableMap(ambiguous);
        this.problems = List.copyOf(problems);
    }

    /** The providers of {@code service} visible to the thread's context class loader. */
    public static <P extends ModelProvider<?>> ModelCatalog<P> load(Class<P> service) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(service, loader != null ? loader : service.getClassLoader());
    }

    /** The providers of {@code service} visible to {@code loader}. */
    public static <P extends ModelProvider<?>> ModelCatalog<P> load(Class<P> service, ClassLoader loader) {
        Objects.requireNonNull(service, "service");
        List<P> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<P> it = ServiceLoader.load(service, loader).iterator();
        int errors = 0;
        while (errors < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                errors++;
                String problem = "skipped a " + service.getSimpleName() + " that could not be loaded: "
                        + e.getMessage();
                problems.add(problem);
                LOG.log(Level.WARNING, problem);
                LOG.log(Level.DEBUG, "cause of the skipped provider", e);
            }
        }
        return of(service, found, problems);
    }

    /** A catalog of exactly {@code providers}, without looking at the classpath. */
    public static <P extends ModelProvider<?>> ModelCatalog<P> of(Class<P> service, List<? extends P> providers) {
        return of(service, providers, List.of());
    }

    private static <P extends ModelProvider<?>> ModelCatalog<P> of(Class<P> service, List<? extends P> found,
                                                                   List<String> problems) {
        Map<String, P> byName = new TreeMap<>();
        Map<String, List<String>> ambiguous = new TreeMap<>();
        List<String> allProblems = new ArrayList<>(problems);
        for (P provider : found) {
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException e) {
                String problem = "skipped " + provider.getClass().getName() + ": name() threw " + e;
                allProblems.add(problem);
                LOG.log(Level.WARNING, problem);
                continue;
            }
            if (name == null || name.isBlank()) {
                String problem = "skipped " + provider.getClass().getName() + ": it has a blank name()";
                allProblems.add(problem);
                LOG.log(Level.WARNING, problem);
                continue;
            }
            P previous = byName.putIfAbsent(name, provider);
            if (previous != null) {
                ambiguous.computeIfAbsent(name, k -> new ArrayList<>(List.of(previous.getClass().getName())))
                        .add(provider.getClass().getName());
            }
        }
        ambiguous.keySet().forEach(byName::remove);
        ambiguous.forEach((name, classes) -> {
            String problem = "two or more " + service.getSimpleName() + "s are named '" + name + "': " + classes;
            allProblems.add(problem);
            LOG.log(Level.WARNING, problem);
        });
        return new ModelCatalog<>(service, byName, ambiguous, allProblems);
    }

    /**
     * A copy of this catalog in which {@code provider} answers to its name, replacing a discovered
     * provider of that name (and resolving an ambiguity over it).
     */
    public ModelCatalog<P> with(P provider) {
        Objects.requireNonNull(provider, "provider");
        Map<String, P> copy = new TreeMap<>(providers);
        Map<String, List<String>> stillAmbiguous = new TreeMap<>(ambiguous);
        copy.put(provider.name(), provider);
        stillAmbiguous.remove(provider.name());
        return new ModelCatalog<>(service, copy, stillAmbiguous, problems);
    }

    /**
     * The provider named {@code name}.
     *
     * @throws IllegalArgumentException if no provider has that name (the message lists the names
     *                                  that exist) or if several do (the message names their classes)
     */
    public P provider(String name) {
        List<String> clash = ambiguous.get(name);
        if (clash != null) {
            throw new IllegalArgumentException("more than one " + service.getSimpleName() + " is named '" + name
                    + "': " + clash + "; remove one jar from the classpath or register one explicitly");
        }
        P provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("no " + service.getSimpleName() + " named '" + name
                    + "'; known names: " + names());
        }
        LOG.log(Level.DEBUG, () -> service.getSimpleName() + " '" + name + "' is " + provider.getClass().getName());
        return provider;
    }

    /** The names that {@link #provider} accepts, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(providers.keySet()));
    }

    /** Every usable provider, sorted by name. */
    public List<P> providers() {
        return List.copyOf(providers.values());
    }

    /** One line per provider: its name and description, sorted by name. */
    public Map<String, String> descriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        providers.forEach((name, p) -> out.put(name, p.description()));
        return Collections.unmodifiableMap(out);
    }

    /** What went wrong while loading: unloadable providers, blank names, duplicate names. */
    public List<String> problems() {
        return problems;
    }

    /** The service interface this catalog holds providers of. */
    public Class<P> service() {
        return service;
    }
}
