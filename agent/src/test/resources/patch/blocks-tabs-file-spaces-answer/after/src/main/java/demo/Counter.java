package demo;

public class Counter {
	private int count;

	public void add(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative: " + n);
		}
		count += n;
	}

	/**
	 * The sum of everything added so far.
	 */
	public int count() {
		return count;
	}
}
