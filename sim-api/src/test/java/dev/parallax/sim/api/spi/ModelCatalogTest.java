package dev.parallax.sim.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    /** A fee provider under a name given by its subclass. */
    abstract static class NamedFeeProvider implements FeeModelProvider {
        private final String name;

        NamedFeeProvider(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "test provider " + name;
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            double fee = settings.getDouble("fee", 1.0);
            return (Order order, FillType type, double price, double size, long fillTimeNanos) -> fee;
        }
    }

    public static final class Alpha extends NamedFeeProvider {
        public Alpha() {
            super("alpha");
        }
    }

    public static final class Beta extends NamedFeeProvider {
        public Beta() {
            super("beta");
        }
    }

    public static final class TwinOne extends NamedFeeProvider {
        public TwinOne() {
            super("twin");
        }
    }

    public static final class TwinTwo extends NamedFeeProvider {
        public TwinTwo() {
            super("twin");
        }
    }

    public static final class Exploding extends NamedFeeProvider {
        public Exploding() {
            super("boom");
            throw new IllegalStateException("cannot start");
        }
    }

    @TempDir
    Path folder;

    private ClassLoader loaderWithServices(String... classNames) throws IOException {
        Path services = folder.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(FeeModelProvider.class.getName()), List.of(classNames));
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader());
    }

    private ModelCatalog<FeeModelProvider> loadAll() throws IOException {
        return ModelCatalog.load(FeeModelProvider.class, loaderWithServices(Alpha.class.getName(),
                "com.example.DoesNotExist", Exploding.class.getName(), Beta.class.getName(),
                TwinOne.class.getName(), TwinTwo.class.getName()));
    }

    @Test
    void providersAreFoundByNameThroughServiceLoader() throws IOException {
        ModelCatalog<FeeModelProvider> catalog = loadAll();
        assertEquals(Set.of("alpha", "beta"), catalog.names());
        assertEquals(Alpha.class, catalog.provider("alpha").getClass());
        assertEquals(2.0, catalog.provider("beta").create(ModelSettings.of("fee", "2"))
                .fee(Order.market("o", "X", dev.parallax.sim.api.Side.BUY, 1, 0), FillType.AGGRESSIVE, 1, 1, 0));
    }

    @Test
    void anUnknownNameFailsListingTheNamesThatExist() throws IOException {
        var e = assertThrows(IllegalArgumentException.class, () -> loadAll().provider("gamma"));
        assertEquals("no FeeModelProvider named 'gamma'; known names: [alpha, beta]", e.getMessage());
    }

    @Test
    void brokenProvidersAreReportedWithoutHidingTheOthers() throws IOException {
        List<String> problems = loadAll().problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("com.example.DoesNotExist")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(Exploding.class.getName())), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'twin'")), problems.toString());
    }

    @Test
    void twoProvidersWithOneNameAreNeverPickedByClasspathOrder() throws IOException {
        var e = assertThrows(IllegalArgumentException.class, () -> loadAll().provider("twin"));
        assertTrue(e.getMessage().contains(TwinOne.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(TwinTwo.class.getName()), e.getMessage());
    }

    @Test
    void anExplicitProviderOverridesDiscoveryAndResolvesAmbiguity() throws IOException {
        TwinTwo chosen = new TwinTwo();
        ModelCatalog<FeeModelProvider> catalog = loadAll().with(chosen);
        assertSame(chosen, catalog.provider("twin"));
        assertEquals(Set.of("alpha", "beta", "twin"), catalog.names());
    }

    @Test
    void aCatalogOfExplicitProvidersNeedsNoClasspath() {
        ModelCatalog<FeeModelProvider> catalog = ModelCatalog.of(FeeModelProvider.class, List.of(new Alpha()));
        assertEquals(Set.of("alpha"), catalog.names());
        assertEquals(List.of(), catalog.problems());
    }
}
