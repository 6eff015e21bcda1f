package eu.ka122.planner.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import eu.ka122.planner.budget.domain.RateTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the stored budget of every draft of a call year after a rate table is
 * published, in the background: the job is a row in {@code draft_recomputation} with its
 * progress, written batch by batch, so that the administrators' page can show it and a
 * restart resumes a job that was running (drafts already done are not selected again).
 * Drafts a coordinator is saving are skipped and picked up on a later pass, so the job
 * neither waits for nor blocks their saves. Jobs run one at a time on a thread of their
 * own.
 */
@Service
public class DraftRecomputations implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DraftRecomputations.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<DraftPlans> drafts;

	private final RateTables rateTables;

	private final Budgets budgets;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	private final int batchSize;

	private final long retryMillis;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "draft-recomputation");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Jobs queued or running in this instance, so that a resume does not start them
	 * twice.
	 */
	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	DraftRecomputations(JdbcClient jdbc, ObjectProvider<DraftPlans> drafts, RateTables rateTables, Budgets budgets,
			Clock clock, PlatformTransactionManager transactions,
			@Value("${ka122.recomputation.batch-size:200}") int batchSize,
			@Value("${ka122.recomputation.retry-millis:500}") long retryMillis) {
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.rateTables = rateTables;
		this.budgets = budgets;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batchSize = batchSize;
		this.retryMillis = retryMillis;
	}

	/** Once the publication is committed: a job for its call year, started at once. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(RateTablePublished published) {
		start(published.callYear(), published.version());
	}

	/**
	 * A new job recomputing the call year's drafts with {@code version}; returns its id.
	 */
	public long start(int callYear, int version) {
		// A transaction of its own: after commit, the publisher's one is over.
		Long id = this.newTransaction.execute((status) -> this.jdbc.sql("""
				insert into draft_recomputation (call_year, rate_table_version, status, total, done, started_at)
				values (?, ?, 'RUNNING', ?, 0, ?) returning id""")
			.params(callYear, version, stale(callYear, version), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single());
		submit(id);
		return id;
	}

	private int stale(int callYear, int version) {
		DraftPlans source = this.drafts.getIfAvailable();
		return (source == null) ? 0 : source.countStale(callYear, version);
	}

	/** After a restart: every job that was running goes on where it stopped. */
	@EventListener(ApplicationReadyEvent.class)
	public void resume() {
		List<Long> running = this.jdbc.sql("select id from draft_recomputation where status = 'RUNNING' order by id")
			.query(Long.class)
			.list();
		running.forEach(this::submit);
	}

	/** The newest job of the call year, if any. */
	public Optional<Job> latest(int callYear) {
		return this.jdbc.sql("""
				select id, call_year, rate_table_version, status, total, done, started_at, finished_at, last_error
				from draft_recomputation where call_year = ? order by id desc limit 1""")
			.param(callYear)
			.query((rs, n) -> new Job(rs.getLong("id"), rs.getInt("call_year"), rs.getInt("rate_table_version"),
					Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
					rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
					rs.getString("last_error")))
			.optional();
	}

	private void submit(long id) {
		if (this.active.add(id)) {
			this.executor.execute(() -> {
				try {
					run(id);
				}
				finally {
					this.active.remove(id);
				}
			});
		}
	}

	private void run(long id) {
		int[] job = this.jdbc
			.sql("select call_year, rate_table_version from draft_recomputation where id = ? and status = 'RUNNING'")
			.param(id)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.optional()
			.orElse(null);
		if (job == null) {
			return;
		}
		int callYear = job[0];
		int version = job[1];
		try {
			DraftPlans source = this.drafts.getIfAvailable();
			RateTable table = this.rateTables.published(callYear, version)
				.orElseThrow(() -> new IllegalStateException(
						"rate table " + callYear + "/" + version + " is not published"));
			while (source != null) {
				int stored = source.storeEstimates(callYear, version, this.batchSize,
						(draft) -> this.budgets.calculate(draft.plan(), table, draft.agencyCode()).total());
				if (stored > 0) {
					this.jdbc.sql("""
							update draft_recomputation set done = done + ?, total = greatest(total, done + ?)
							where id = ?""").params(stored, stored, id).update();
					continue;
				}
				if (source.countStale(callYear, version) == 0) {
					break;
				}
				// Only drafts that coordinators are saving are left: try again shortly.
				TimeUnit.MILLISECONDS.sleep(this.retryMillis);
			}
			this.jdbc.sql("update draft_recomputation set status = 'DONE', finished_at = ? where id = ?")
				.params(Timestamp.from(this.clock.instant()), id)
				.update();
		}
		catch (InterruptedException ex) {
			// Shutting down: the job stays RUNNING and is resumed at the next start.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Recomputing the drafts of {} with rate table version {} failed", callYear, version, ex);
			String message = String.valueOf(ex.getMessage());
			this.jdbc
				.sql("update draft_recomputation set status = 'FAILED', finished_at = ?, last_error = ? where id = ?")
				.params(Timestamp.from(this.clock.instant()),
						message.length() > 1000 ? message.substring(0, 1000) : message, id)
				.update();
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** A job's state. */
	public enum Status {

		RUNNING, DONE, FAILED

	}

	/** A job and its progress: {@code done} of {@code total} drafts stored. */
	public record Job(long id, int callYear, int version, Status status, int total, int done, Instant startedAt,
			Instant finishedAt, String lastError) {

		public boolean running() {
			return this.status == Status.RUNNING;
		}

	}

}
