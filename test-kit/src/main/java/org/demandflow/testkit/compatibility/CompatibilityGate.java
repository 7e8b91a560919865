package org.demandflow.testkit.compatibility;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.contracts.compatibility.Incompatibility;
import org.demandflow.contracts.compatibility.ReleasedVersions;

/**
 * The gate for a pipeline: every contract of this artifact BACKWARD against its released versions and, given a
 * registry URL, against the registry's latest version per subject. Exit status 0 when all pass, 1 when one does not
 * (each is printed), 2 on wrong arguments.
 *
 * <pre>java -cp … org.demandflow.testkit.compatibility.CompatibilityGate [registry-url [user:password]]</pre>
 * The password may come from the environment instead: {@code DEMANDFLOW_REGISTRY_USER_INFO}.
 */
public final class CompatibilityGate {

    private CompatibilityGate() {
    }

    public static void main(String[] args) {
        if (args.length > 2) {
            System.err.println("usage: CompatibilityGate [registry-url [user:password]]");
            System.exit(2);
        }
        String url = args.length > 0 ? args[0] : null;
        String userInfo = args.length > 1 ? args[1] : System.getenv("DEMANDFLOW_REGISTRY_USER_INFO");
        System.exit(run(url, userInfo, System.out));
    }

    /** Runs the gate, reports to {@code out}, and answers the exit status. */
    public static int run(String registryUrl, String userInfo, PrintStream out) {
        List<Incompatibility> found = new ArrayList<>(ReleasedVersions.gate());
        if (registryUrl != null) {
            found.addAll(RegistryCompatibility.check(registryUrl, userInfo));
        }
        found.forEach(out::println);
        out.println(found.isEmpty() ? "every contract is BACKWARD compatible" : found.size() + " incompatibilities");
        return found.isEmpty() ? 0 : 1;
    }
}
