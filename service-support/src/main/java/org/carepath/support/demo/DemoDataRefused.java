package org.carepath.support.demo;

/**
 * A demo record the import cannot store (an unknown instrument or program, answers the
 * rules refuse): a 400 ({@link DemoDataProblems}), and nothing of the dataset is stored.
 */
public class DemoDataRefused extends RuntimeException {

	public DemoDataRefused(String message) {
		super(message);
	}

}
