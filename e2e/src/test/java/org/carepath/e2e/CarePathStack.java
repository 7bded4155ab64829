package org.carepath.e2e;

import java.nio.file.Path;

import org.carepath.devstack.Stack;
import org.carepath.devstack.StackConfig;
import org.carepath.devstack.StackException;
import org.carepath.devstack.StackPorts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole system once for all end-to-end tests, with the same code
 * {@code ./carepath up} runs, on ports of its own (so a developer's running stack is left
 * alone) and with a fresh data folder under {@code target/}. JUnit closes it after the
 * last test.
 */
final class CarePathStack implements BeforeAllCallback {

	static final StackPorts PORTS = new StackPorts(18080, 18081, 18082, 18083, 18084, 18180, 19092, 25432, 18090,
			19094);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CarePathStack.class);

	private static volatile Stack stack;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, key -> start(), Stack.class);
	}

	static Stack stack() {
		return stack;
	}

	static String gateway() {
		return PORTS.gatewayUrl();
	}

	static Path logDir() {
		return stack.logDir();
	}

	private static Stack start() {
		Path root = Path.of(System.getProperty("carepath.root", ".."));
		Path data = Path.of(System.getProperty("carepath.e2e.data", "target/stack"));
		try {
			stack = Stack.start(new StackConfig(root, data, PORTS, true),
					message -> System.out.println("e2e stack: " + message));
			return stack;
		}
		catch (StackException ex) {
			throw new IllegalStateException("The CarePath stack did not start: " + ex.getMessage(), ex);
		}
	}

}
