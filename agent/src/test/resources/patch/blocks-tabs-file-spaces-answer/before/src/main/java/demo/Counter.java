package demo;

public class Counter {
	private int count;

	public void add(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative: " + n);
		}
		count = count + n;
	}

	/**
	 * The sum so far.
	 */
	public int count() {
		return count;
	}
}
