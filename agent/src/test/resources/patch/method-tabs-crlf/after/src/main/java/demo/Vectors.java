package demo;

public class Vectors {

	/** The dot product of two vectors of the same length. */
	public static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	public static double norm(double[] a) {
		return Math.sqrt(dot(a, a));
	}
}
