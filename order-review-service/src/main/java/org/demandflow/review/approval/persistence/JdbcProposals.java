package org.demandflow.review.approval.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.approval.Proposal;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.Proposals;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals as rows of {@code proposal}; the decision's request is stored as the text it was. */
@Repository
class JdbcProposals implements Proposals {

    private static final String PROPOSALS = "SELECT * FROM proposal ";

    private final JdbcClient jdbc;

    JdbcProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Proposal p) {
        Decision d = p.decision();
        jdbc.sql("""
                INSERT INTO proposal (proposal_id, demand_id, kind, subject_id, request, proposed_by, reason,
                    case_version, proposed_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.proposalId(), d.demandId().toString(), d.kind().name(), d.subjectId(), d.request(),
                        d.requestedBy(), p.reason(), p.caseVersion(), at(p.proposedAt()), p.state().name())
                .update();
    }

    @Override
    public Optional<Proposal> lockForChange(String proposalId) {
        return jdbc.sql(PROPOSALS + "WHERE proposal_id = ? FOR UPDATE").param(proposalId)
                .query(JdbcProposals::proposal).optional();
    }

    @Override
    public Optional<Proposal> find(String proposalId) {
        return jdbc.sql(PROPOSALS + "WHERE proposal_id = ?").param(proposalId)
                .query(JdbcProposals::proposal).optional();
    }

    @Override
    public void update(Proposal p) {
        jdbc.sql("UPDATE proposal SET state = ?, decided_by = ?, decided_at = ?, note = ? WHERE proposal_id = ?")
                .params(p.state().name(), p.decidedBy(), at(p.decidedAt()), p.note(), p.proposalId())
                .update();
    }

    @Override
    public List<Proposal> findBy(ProposalState state, String demandId) {
        String name = state == null ? null : state.name();
        return jdbc.sql(PROPOSALS + """
                WHERE (CAST(? AS text) IS NULL OR state = ?) AND (CAST(? AS text) IS NULL OR demand_id = ?)
                ORDER BY proposed_at, proposal_id""")
                .params(name, name, demandId, demandId).query(JdbcProposals::proposal).list();
    }

    private static Proposal proposal(ResultSet rs, int rowNum) throws SQLException {
        Decision decision = new Decision(DecisionKind.valueOf(rs.getString("kind")),
                DemandId.parse(rs.getString("demand_id")), rs.getString("subject_id"), rs.getString("request"),
                rs.getString("proposed_by"));
        return new Proposal(rs.getString("proposal_id"), decision, rs.getString("reason"), rs.getInt("case_version"),
                instant(rs, "proposed_at"), ProposalState.valueOf(rs.getString("state")), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("note"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
