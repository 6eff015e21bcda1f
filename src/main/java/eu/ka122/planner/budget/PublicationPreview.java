package eu.ka122.planner.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import eu.ka122.planner.budget.domain.RateTable;
import eu.ka122.planner.budget.persistence.RateTableStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What publishing the call year's draft would do to the drafts being written: how many
 * budgets change, by how much in total and per agency, and the largest changes. Nothing
 * is stored; drafts are always computed with the newest published version.
 */
@Service
@Transactional(readOnly = true)
public class PublicationPreview {

	static final int LARGEST = 10;

	private final RateTableStore store;

	private final Budgets budgets;

	private final ObjectProvider<DraftPlans> drafts;

	PublicationPreview(RateTableStore store, Budgets budgets, ObjectProvider<DraftPlans> drafts) {
		this.store = store;
		this.budgets = budgets;
		this.drafts = drafts;
	}

	public Impact preview(int callYear) {
		RateTable candidate = this.store.draft(callYear)
			.map((d) -> this.store.load(d.key()))
			.orElseThrow(() -> new RateTableAdministrationException("admin.rates.error.noDraft", callYear));
		RateTable current = this.store.newestPublished(callYear).map(this.store::load).orElse(null);
		Map<String, AgencyImpact> agencies = new TreeMap<>();
		PriorityQueue<Change> largest = new PriorityQueue<>(Comparator.comparing((Change c) -> c.difference().abs()));
		int[] counts = new int[2];
		BigDecimal[] total = { BigDecimal.ZERO };
		DraftPlans source = this.drafts.getIfAvailable();
		if (source != null) {
			source.forEachDraft(callYear, (draft) -> {
				counts[0]++;
				BigDecimal before = (current == null) ? BigDecimal.ZERO : total(draft, current);
				BigDecimal after = total(draft, candidate);
				BigDecimal difference = after.subtract(before);
				if (difference.signum() == 0) {
					return;
				}
				counts[1]++;
				total[0] = total[0].add(difference);
				agencies.merge(draft.agencyCode(), new AgencyImpact(draft.agencyCode(), 1, difference),
						(a, b) -> new AgencyImpact(a.agencyCode(), a.drafts() + 1, a.difference().add(b.difference())));
				largest.add(new Change(draft.applicationId(), draft.agencyCode(), before, after, difference));
				if (largest.size() > LARGEST) {
					largest.poll();
				}
			});
		}
		List<Change> top = new ArrayList<>(largest);
		top.sort(Comparator.comparing((Change c) -> c.difference().abs()).reversed());
		return new Impact(callYear, current == null ? 0 : current.version(), candidate.version(), counts[0], counts[1],
				total[0], List.copyOf(agencies.values()), top);
	}

	private BigDecimal total(DraftPlans.DraftPlan draft, RateTable table) {
		return this.budgets.calculate(draft.plan(), table, draft.agencyCode()).total();
	}

	/** The preview: drafts looked at, drafts whose budget changes, and by how much. */
	public record Impact(int callYear, int fromVersion, int toVersion, int drafts, int changed, BigDecimal total,
			List<AgencyImpact> agencies, List<Change> largest) {
	}

	/** One agency's drafts that change and their summed difference. */
	public record AgencyImpact(String agencyCode, int drafts, BigDecimal difference) {
	}

	/** One draft's budget before and after. */
	public record Change(long applicationId, String agencyCode, BigDecimal before, BigDecimal after,
			BigDecimal difference) {
	}

}
