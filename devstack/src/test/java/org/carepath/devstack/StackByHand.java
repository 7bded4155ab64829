package org.carepath.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Starts the stack with only some applications, for trying devstack out while the
 * services are not built:
 * {@code java -cp devstack/target/classes:devstack/target/test-classes:devstack/target/lib/*
 * org.carepath.devstack.StackByHand [--reset] [--fast] [--replicas=N] [intake referral ...]}
 * from the project root. Ports come from the CAREPATH_*_PORT variables, as for
 * {@code ./carepath up}. Enter stops it.
 */
final class StackByHand {

	public static void main(String[] args) throws Exception {
		Path root = Path.of("").toAbsolutePath();
		System.setProperty("carepath.devstack.log", root.resolve(".carepath/logs/devstack.log").toString());
		System.setProperty("log4j2.configurationFile", "org/carepath/devstack/devstack-log4j2.xml");
		List<String> options = new ArrayList<>();
		Set<App> apps = EnumSet.noneOf(App.class);
		for (String arg : args) {
			if (arg.startsWith("--")) {
				options.add(arg);
			}
			else {
				apps.add(App.valueOf(arg.toUpperCase()));
			}
		}
		UpOptions up = UpOptions.parse(options);
		StackConfig config = up.config(new StackConfig(root, root.resolve(".carepath"),
				StackPorts.fromEnvironment(System.getenv()), up.reset()));
		long begin = System.nanoTime();
		try (Stack stack = Stack.start(config, new Progress() {
			@Override
			public void step(String message) {
				System.out.println(message);
			}

			@Override
			public void note(String message) {
				System.out.println("      " + message);
			}
		}, apps)) {
			System.out.println(InstanceList.json(stack.instances()));
			System.out.printf("Everything ready in %.1f s. Press Enter to stop.%n", (System.nanoTime() - begin) / 1e9);
			System.in.read();
			long stopping = System.nanoTime();
			stack.close();
			System.out.printf("Stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9);
		}
		catch (StackException e) {
			System.out.println("StackException: " + e.getMessage());
		}
	}

}
