package org.demandflow.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SqlRowsTest {

    @Test
    void values_hold_one_placeholder_per_column_of_each_row() {
        assertThat(SqlRows.values(3, 2)).isEqualTo("(?, ?, ?), (?, ?, ?)");
    }

    @Test
    void rows_are_cut_into_chunks_within_the_parameter_limit_in_their_order() {
        List<Integer> rows = IntStream.range(0, 5000).boxed().toList();

        List<List<Integer>> chunks = SqlRows.chunks(rows, 20);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.size() * 20).isLessThanOrEqualTo(32_767));
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(rows);
    }

    @Test
    void no_rows_make_no_chunk() {
        assertThat(SqlRows.chunks(List.of(), 4)).isEmpty();
    }
}
