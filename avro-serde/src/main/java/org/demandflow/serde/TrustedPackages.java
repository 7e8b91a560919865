package org.demandflow.serde;

import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 loads only trusted classes when it reads into generated records; this adds packages to
 * the JVM-wide predicate, on top of whatever it trusted before (Avro's defaults and the
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} system property), so nobody has to set that property.
 */
final class TrustedPackages implements ClassSecurityPredicate {

    private final ClassSecurityPredicate before;
    private final Set<String> packages;

    private TrustedPackages(ClassSecurityPredicate before, Set<String> packages) {
        this.before = before;
        this.packages = packages;
    }

    /** Trusts the classes of these packages (and their subpackages) from now on. */
    static synchronized void trust(Iterable<String> packages) {
        ClassSecurityPredicate global = ClassSecurityValidator.getGlobal();
        Set<String> all = new TreeSet<>();
        packages.forEach(all::add);
        if (global instanceof TrustedPackages trusted) {
            if (trusted.packages.containsAll(all)) {
                return;
            }
            all.addAll(trusted.packages);
            global = trusted.before;
        }
        ClassSecurityValidator.setGlobal(new TrustedPackages(global, Set.copyOf(all)));
    }

    @Override
    public boolean isTrusted(Class<?> type) {
        return before.isTrusted(type) || packages.stream().anyMatch(name -> type.getName().startsWith(name + "."));
    }

    @Override
    public void forbiddenClass(String className) {
        before.forbiddenClass(className);
    }
}
