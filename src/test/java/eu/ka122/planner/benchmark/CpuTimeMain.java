package eu.ka122.planner.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A companion to {@link BenchmarkMain} for a machine whose cores other processes share:
 * JMH measures wall-clock time, which a busy machine stretches by several times, while
 * this measures the CPU time of the benchmarking thread itself (after 8 s of CPU time of
 * warm-up, 10 rounds of 1 s of CPU time each) and so compares two builds fairly under the
 * same load. It is not a replacement for JMH (no forks, no blackhole, shared caches still
 * slow it down), only a relative check: run the builds to compare one after the other.
 * <p>
 * Arguments: the benchmark method ({@code estimate}, {@code budgetOnly} or
 * {@code rulesOnly}) and the plan ({@code full} or {@code apiExample}).
 */
public final class CpuTimeMain {

	private static final long WARM_UP_NANOS = 8_000_000_000L;

	private static final long ROUND_NANOS = 1_000_000_000L;

	private static final int ROUNDS = 10;

	private static final int BATCH = 1000;

	/** Keeps the results reachable, so the JIT cannot drop the work. */
	static volatile Object sink;

	private CpuTimeMain() {
	}

	public static void main(String[] args) {
		String method = (args.length > 0) ? args[0] : "estimate";
		EstimateBenchmark benchmark = new EstimateBenchmark();
		benchmark.plan = (args.length > 1) ? args[1] : "full";
		benchmark.setUp();
		Supplier<Object> operation = switch (method) {
			case "estimate" -> benchmark::estimate;
			case "budgetOnly" -> benchmark::budgetOnly;
			case "rulesOnly" -> benchmark::rulesOnly;
			default -> throw new IllegalArgumentException("Unknown benchmark method " + method);
		};
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		while (threads.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
			run(operation);
		}
		double[] nanosPerOperation = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long operations = 0;
			long roundStart = threads.getCurrentThreadCpuTime();
			long now;
			do {
				run(operation);
				operations += BATCH;
				now = threads.getCurrentThreadCpuTime();
			}
			while (now - roundStart < ROUND_NANOS);
			nanosPerOperation[round] = (double) (now - roundStart) / operations;
		}
		Arrays.sort(nanosPerOperation);
		double median = nanosPerOperation[ROUNDS / 2];
		System.out.printf(
				"%s/%s: CPU time per operation min %.0f ns, median %.0f ns, max %.0f ns: "
						+ "%.0f operations per CPU-second (median)%n",
				method, benchmark.plan, nanosPerOperation[0], median, nanosPerOperation[ROUNDS - 1], 1e9 / median);
	}

	private static void run(Supplier<Object> operation) {
		for (int i = 0; i < BATCH; i++) {
			sink = operation.get();
		}
	}

}
