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
 * One Spring Boot application of Demandflow (a service, the authorization server): the executable jar this artifact
 * carries as {@code org/demandflow/testkit/<name>.jar}, running in this JVM in a class loader of its own (its
 * Spring, Kafka and Avro never meet the test's): unpacked once ({@link UnpackedJar}), its {@code Start-Class}
 * started with {@code SpringApplication.run} and the given settings as command-line arguments on a free port of
 * 127.0.0.1, closed with its context.
 */
final class ServiceInProcess implements AutoCloseable {

    private final String name;
    private final URLClassLoader loader;
    private final AutoCloseable context;
    private final String url;

    private ServiceInProcess(String name, URLClassLoader loader, AutoCloseable context, String url) {
        this.name = name;
        this.loader = loader;
        this.context = context;
        this.url = url;
    }

    /** Starts {@code <name>.jar}, unpacked under {@code home}; returns once its context is up and it listens. */
    static ServiceInProcess start(String name, Path home, Map<String, String> settings) {
        URL jar = ServiceInProcess.class.getResource(name + ".jar");
        if (jar == null) {
            throw new IllegalStateException("the test kit carries no " + name + ".jar: build it with Maven");
        }
        List<URL> classpath = UnpackedJar.classpath(jar, home.resolve(name));
        URLClassLoader loader = new URLClassLoader(name, classpath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            // one JVM has one URL stream handler factory: the registry's Tomcat (or the test's) may have set it
            loader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory").getMethod("disable")
                    .invoke(null);
            Class<?> application = loader.loadClass(UnpackedJar.startClass(jar));
            Object context = loader.loadClass("org.springframework.boot.SpringApplication")
                    .getMethod("run", Class.class, String[].class)
                    .invoke(null, application, arguments(home.resolve(name), settings));
            String url = "http://127.0.0.1:" + port(loader, context);
            return new ServiceInProcess(name, loader, (AutoCloseable) context, url);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a Spring Boot web application: " + name + ".jar", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Its base URL, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return url;
    }

    /** Its class loader: the application's own classes (e.g. a client class it ships) are loaded from here. */
    ClassLoader classLoader() {
        return loader;
    }

    private static String[] arguments(Path home, Map<String, String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
                // Tomcat's scratch folder with the kit's files, not left behind in the system's temporary folder
                "--server.tomcat.basedir=" + home.resolve("tomcat").toAbsolutePath(),
                "--spring.main.banner-mode=off", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
                "--logging.level.org.demandflow=INFO"));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    /** The port its web server took: {@code local.server.port} of the context's environment. */
    private static String port(ClassLoader loader, Object context) throws ReflectiveOperationException {
        Object environment = loader.loadClass("org.springframework.context.ConfigurableApplicationContext")
                .getMethod("getEnvironment").invoke(context);
        return (String) loader.loadClass("org.springframework.core.env.PropertyResolver")
                .getMethod("getProperty", String.class).invoke(environment, "local.server.port");
    }

    @Override
    public void close() {
        try {
            context.close();
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not stop cleanly", e);
        }
    }
}
