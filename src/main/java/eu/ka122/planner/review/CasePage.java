package eu.ka122.planner.review;

import java.util.List;

/** One page of the submissions list. */
public record CasePage(List<CaseRow> rows, long total, int page, int pageSize) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public long firstRow() {
		return this.total == 0 ? 0 : (long) (this.page - 1) * this.pageSize + 1;
	}

	public long lastRow() {
		return Math.min(this.total, (long) this.page * this.pageSize);
	}

}
