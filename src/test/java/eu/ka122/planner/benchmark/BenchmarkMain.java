package eu.ka122.planner.benchmark;

import java.io.File;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EstimateBenchmark} as {@code docs/benchmarks.md} describes: one fork, one
 * thread, JSON results in {@code target/jmh-result.json} (or {@code -Djmh.result=...}).
 * An optional argument narrows the benchmarks by regular expression, e.g.
 * {@code estimate$}.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws RunnerException {
		String include = (args.length > 0) ? args[0] : EstimateBenchmark.class.getSimpleName();
		File result = new File(System.getProperty("jmh.result", "target/jmh-result.json"));
		File folder = result.getAbsoluteFile().getParentFile();
		if (!folder.isDirectory() && !folder.mkdirs()) {
			throw new IllegalStateException("Cannot create " + folder);
		}
		Options options = new OptionsBuilder().include(include)
			.forks(1)
			.threads(1)
			.warmupIterations(10)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.timeUnit(TimeUnit.SECONDS)
			// A fixed heap keeps heap resizing out of the numbers.
			.jvmArgs("-Xms512m", "-Xmx512m")
			.resultFormat(ResultFormatType.JSON)
			.result(result.getPath())
			.build();
		new Runner(options).run();
	}

}
