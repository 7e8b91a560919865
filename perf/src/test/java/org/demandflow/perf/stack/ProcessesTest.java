package org.demandflow.perf.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void this_process_has_used_some_cpu_and_holds_some_memory() {
        long self = ProcessHandle.current().pid();

        assertThat(Processes.cpuSeconds(self)).isPositive();
        assertThat(Processes.rssMb(self)).isPositive();
    }

    @Test
    void this_jvm_has_spent_some_of_its_cpu_in_its_jit_compiler_threads() {
        long self = ProcessHandle.current().pid();

        double compiling = Processes.compilerSeconds(self);

        assertThat(compiling).as("the compiler threads of a JVM that loaded and ran a test framework").isPositive();
        assertThat(compiling).isLessThanOrEqualTo(Processes.cpuSeconds(self));
    }

    @Test
    void a_process_that_does_not_exist_counts_as_nothing() {
        assertThat(Processes.cpuSeconds(Long.MAX_VALUE)).isZero();
        assertThat(Processes.rssMb(Long.MAX_VALUE)).isZero();
        assertThat(Processes.compilerSeconds(Long.MAX_VALUE)).isZero();
    }
}
