package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the plug-in promise: a fee model that lives in its own jar, registered only by that jar's
 * {@code META-INF/services} file, is found by name with no change to Parallax.
 */
class PluginJarDiscoveryTest {

    private static final String PROVIDER = "com.example.venue.FlatBpsFeeModelProvider";

    @TempDir
    Path work;

    @Test
    void aFeeModelInAThirdPartyJarIsFoundByName() throws Exception {
        Path jar = buildPluginJar();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ModelLookup lookup = ModelLookup.from(loader);
            assertTrue(lookup.fees().names().contains("example-venue"), lookup.fees().names().toString());
            assertTrue(lookup.fees().names().contains("maker-taker"), "the built-in models are still there");
            FeeModel fee = lookup.fee("example-venue", ModelSettings.of("bps", "4"));
            // 50,000 * 2 * 4 / 10,000 = 40
            assertEquals(40.0, fee.fee(Order.market("o", "BTC/USD", Side.BUY, 2, 0), FillType.AGGRESSIVE, 50_000, 2, 0),
                    1e-9);

            ExecutionModels models = ExecutionModels.from(lookup,
                    SimulatorConfig.builder().fee(ModelChoice.of("example-venue")).latency(ModelChoice.of(
                            "constant", "submit_ms", "0", "notification_ms", "0")).build());
            ExecutionSimulator sim = ExecutionSimulator.seeded(models, 1, FillListener.NONE);
            sim.onMarket(new MarketConditions("BTC/USD", 49_995, 50_005, 5, 5, 50_000, 100, 0, 0));
            sim.submit(Order.limit("l", "BTC/USD", Side.BUY, 1, 50_005, 0));
            // a taker fill at the ask: 50,005 * 1 * 7 bps (the plug-in's default)
            assertEquals(50_005 * 7 / 10_000.0, sim.fills().get(0).fee(), 1e-9);
        }
    }

    @Test
    void withoutTheJarTheNameIsUnknownAndTheKnownNamesAreListed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelLookup.from(getClass().getClassLoader()).fee("example-venue", ModelSettings.EMPTY));
        assertEquals("no FeeModelProvider named 'example-venue'; known names: [flat-per-fill, maker-taker, per-unit, zero]",
                e.getMessage());
    }

    private Path buildPluginJar() throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this test needs a JDK (javax.tools compiler), not a JRE");
        }
        Path source = Path.of(getClass().getResource("/thirdparty-plugin/com/example/venue/FlatBpsFeeModelProvider.java")
                .toURI());
        Path classes = Files.createDirectories(work.resolve("classes"));
        String classpath = System.getProperty("java.class.path");
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, "--release", "17",
                source.toString());
        assertEquals(0, status, "the plug-in source must compile");

        Path jar = work.resolve("example-venue-fees.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            String classFile = PROVIDER.replace('.', '/') + ".class";
            add(out, classFile, Files.readAllBytes(classes.resolve(classFile)));
            for (Path inner : Files.list(classes.resolve("com/example/venue")).toList()) {
                String name = "com/example/venue/" + inner.getFileName();
                if (!name.equals(classFile)) {
                    add(out, name, Files.readAllBytes(inner));
                }
            }
            add(out, "META-INF/services/" + FeeModelProvider.class.getName(),
                    String.join("\n", List.of(PROVIDER, "")).getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(bytes);
        out.closeEntry();
    }
}
