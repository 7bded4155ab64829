package org.carepath.devstack;

/** The stack could not start. The message is one line that says what to do. */
public class StackException extends Exception {

	private static final long serialVersionUID = 1L;

	public StackException(String message) {
		super(message);
	}

	public StackException(String message, Throwable cause) {
		super(message, cause);
	}

}
