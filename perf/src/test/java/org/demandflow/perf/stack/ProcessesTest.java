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
    void a_process_that_does_not_exist_counts_as_nothing() {
        assertThat(Processes.cpuSeconds(Long.MAX_VALUE)).isZero();
        assertThat(Processes.rssMb(Long.MAX_VALUE)).isZero();
    }
}
