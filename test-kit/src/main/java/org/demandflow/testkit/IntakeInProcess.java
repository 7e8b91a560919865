package org.demandflow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * intake-service, the released executable jar this artifact carries, running in this JVM in a class loader of its
 * own (its Spring, Kafka and Avro never meet the test's): unpacked once ({@link UnpackedJar}), started with
 * {@code SpringApplication.run} and the given settings as command-line arguments, closed with its context.
 */
final class IntakeInProcess implements AutoCloseable {

    static final String JAR = "intake-service.jar";
    private static final String APPLICATION = "org.demandflow.intake.IntakeApplication";

    private final URLClassLoader loader;
    private final AutoCloseable context;

    private IntakeInProcess(URLClassLoader loader, AutoCloseable context) {
        this.loader = loader;
        this.context = context;
    }

    static IntakeInProcess start(Path home, Map<String, String> settings) {
        List<URL> classpath = UnpackedJar.classpath(IntakeInProcess.class.getResource(JAR), home);
        URLClassLoader loader = new URLClassLoader("intake-service", classpath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            // one JVM has one URL stream handler factory: the registry's Tomcat (or the test's) may have set it
            loader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory").getMethod("disable")
                    .invoke(null);
            Class<?> application = loader.loadClass(APPLICATION);
            Object context = loader.loadClass("org.springframework.boot.SpringApplication")
                    .getMethod("run", Class.class, String[].class).invoke(null, application, arguments(settings));
            return new IntakeInProcess(loader, (AutoCloseable) context);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("intake-service did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not an intake-service jar: " + JAR, e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String[] arguments(Map<String, String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
                "--logging.level.org.demandflow=INFO"));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    @Override
    public void close() {
        try {
            context.close();
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("intake-service did not stop cleanly", e);
        }
    }
}
