package org.demandflow.serde;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.demandflow.serde.registry.SchemaRegistrySettings;

/**
 * The serde's settings, read from a Kafka configuration map with Confluent's keys.
 *
 * @param registryUrls       {@value #REGISTRY_URL}, comma-separated; empty when a client was given instead
 * @param autoRegister       {@value #AUTO_REGISTER} (default true)
 * @param useLatestVersion   {@value #USE_LATEST_VERSION} (default false): write with the subject's latest
 *                           schema; as in Confluent, only when {@value #AUTO_REGISTER} is false
 * @param specificReader     {@value #SPECIFIC_READER} (default false: generic records)
 * @param removeJavaProperties {@value #REMOVE_JAVA_PROPERTIES} (default false)
 * @param userInfo           basic-auth {@code user:password}, from {@value #USER_INFO} or the URL
 * @param connectTimeout     {@value #CONNECT_TIMEOUT} in ms (default 5000)
 * @param requestTimeout     {@value #READ_TIMEOUT} in ms (default 30000)
 * @param trustedPackages    {@value #TRUSTED_PACKAGES}: packages whose generated classes Avro may load
 */
public record SerdeConfig(List<URI> registryUrls, boolean autoRegister, boolean useLatestVersion,
                          boolean specificReader, boolean removeJavaProperties, Optional<String> userInfo,
                          Duration connectTimeout, Duration requestTimeout, List<String> trustedPackages) {

    public static final String REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_READER = "specific.avro.reader";
    public static final String REMOVE_JAVA_PROPERTIES = "avro.remove.java.properties";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String CONNECT_TIMEOUT = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT = "http.read.timeout.ms";
    public static final String TRUSTED_PACKAGES = "demandflow.avro.trusted.packages";
    public static final String KEY_SUBJECT_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_STRATEGY = "value.subject.name.strategy";

    public SerdeConfig {
        registryUrls = List.copyOf(registryUrls);
        trustedPackages = List.copyOf(trustedPackages);
    }

    /** Reads the settings; unknown keys are ignored (Kafka passes its own along). */
    public static SerdeConfig from(Map<String, ?> config) {
        ConfigValues values = new ConfigValues(config);
        values.requireTopicNameStrategy(KEY_SUBJECT_STRATEGY);
        values.requireTopicNameStrategy(VALUE_SUBJECT_STRATEGY);
        List<URI> urls = SchemaRegistrySettings.parseUrls(values.text(REGISTRY_URL, ""));
        Optional<String> userInfo = userInfo(values, urls);
        return new SerdeConfig(urls.stream().map(SerdeConfig::withoutUserInfo).toList(),
                values.flag(AUTO_REGISTER, true), values.flag(USE_LATEST_VERSION, false),
                values.flag(SPECIFIC_READER, false), values.flag(REMOVE_JAVA_PROPERTIES, false), userInfo,
                Duration.ofMillis(values.number(CONNECT_TIMEOUT, 5_000)),
                Duration.ofMillis(values.number(READ_TIMEOUT, 30_000)),
                values.list(TRUSTED_PACKAGES, "org.demandflow.events"));
    }

    /** The registry settings, or a {@link ConfigException} when {@value #REGISTRY_URL} is missing. */
    public SchemaRegistrySettings registrySettings() {
        if (registryUrls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + REGISTRY_URL + "\"");
        }
        return new SchemaRegistrySettings(registryUrls, userInfo, connectTimeout, requestTimeout);
    }

    private static Optional<String> userInfo(ConfigValues values, List<URI> urls) {
        String source = values.text(CREDENTIALS_SOURCE, "URL");
        return switch (source) {
            case "USER_INFO" -> Optional.of(values.text(USER_INFO,
                    values.text("schema.registry." + USER_INFO, ""))).filter(info -> !info.isEmpty());
            case "URL" -> urls.stream().map(URI::getUserInfo).filter(info -> info != null).findFirst();
            default -> throw new ConfigException(CREDENTIALS_SOURCE, source, "only USER_INFO and URL are supported");
        };
    }

    private static URI withoutUserInfo(URI url) {
        return url.getRawUserInfo() == null ? url : URI.create(url.toString().replace(url.getRawUserInfo() + "@", ""));
    }
}
