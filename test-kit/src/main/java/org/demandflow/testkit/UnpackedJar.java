package org.demandflow.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Spring Boot executable jar unpacked to {@code <home>/<sha-256 prefix>/} (once per content: a later run reuses
 * it), the class path it names ({@code BOOT-INF/classes} and every jar of {@code BOOT-INF/lib}) and the application
 * class its manifest names ({@code Start-Class}).
 */
final class UnpackedJar {

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";

    private UnpackedJar() {
    }

    static List<URL> classpath(URL jar, Path home) {
        try {
            Path folder = home.resolve(sha256(jar).substring(0, 16)).toAbsolutePath();
            if (!Files.exists(folder.resolve("complete"))) {
                unpack(jar, folder);
            }
            List<URL> urls = new ArrayList<>();
            urls.add(folder.resolve(CLASSES).toUri().toURL());
            try (Stream<Path> libs = Files.list(folder.resolve(LIB))) {
                for (Path lib : libs.sorted().toList()) {
                    urls.add(lib.toUri().toURL());
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest's {@code Start-Class}: the application's {@code @SpringBootApplication} class. */
    static String startClass(URL jar) {
        try (JarInputStream in = new JarInputStream(jar.openStream())) {
            Manifest manifest = in.getManifest();
            String startClass = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            if (startClass == null) {
                throw new IllegalStateException("not a Spring Boot executable jar (no Start-Class): " + jar);
            }
            return startClass;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unpack(URL jar, Path folder) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(jar.openStream())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || !entry.getName().startsWith("BOOT-INF/")) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(folder.resolve(LIB));
        Files.createFile(folder.resolve("complete"));
    }

    private static String sha256(URL jar) throws IOException {
        try (InputStream in = new DigestInputStream(jar.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
