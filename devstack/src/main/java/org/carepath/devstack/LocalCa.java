package org.carepath.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The local certificate authority of the stack, made with the JDK's keytool on first
 * start under {@code dataDir/tls} (git-ignored, readable by the owner only): the CA
 * certificate {@code ca.crt} partners trust, and the broker's key and certificate
 * {@code broker.p12} it uses on every TLS listener and, as its client certificate, on the
 * controller and inter-broker listeners. Keys never leave that folder.
 */
final class LocalCa {

	/**
	 * The broker's certificate subject and so its principal on the mutual-TLS listeners:
	 * the only super user. A distinguished name, so no OAuth client id can look like it
	 * by accident.
	 */
	static final String BROKER_DN = "CN=carepath-kafka-broker,OU=devstack,O=CarePath";

	static final String BROKER_PRINCIPAL = "User:" + BROKER_DN;

	private final Path dir;

	private final Path keytool;

	private final Path log;

	/**
	 * @param dir {@code dataDir/tls}
	 */
	LocalCa(Path dir, Path javaHome, Path log) {
		this.dir = dir;
		this.keytool = javaHome.resolve("bin/keytool");
		this.log = log;
	}

	Path caCertificate() {
		return dir.resolve("ca.crt");
	}

	Path brokerKeyStore() {
		return dir.resolve("broker.p12");
	}

	/** The broker key store's password, made at random with the keys. */
	String password() throws IOException {
		return Files.readString(dir.resolve("password")).strip();
	}

	boolean exists() {
		return Files.exists(dir.resolve(".complete"));
	}

	/** Creates the CA and the broker's certificate unless a complete set is there. */
	void ensure() throws IOException, StackException, InterruptedException {
		if (exists()) {
			return;
		}
		if (Files.exists(dir)) {
			FileTree.delete(dir);
		}
		Files.createDirectories(dir);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Files.writeString(dir.resolve("password"), password);
		String ca = dir.resolve("ca.p12").toString();
		String broker = brokerKeyStore().toString();
		String csr = dir.resolve("broker.csr").toString();
		String signed = dir.resolve("broker.crt").toString();
		keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=CarePath local CA,OU=devstack,O=CarePath", "-ext", "bc:c", "-validity", "3650", "-keystore", ca);
		keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", caCertificate().toString());
		keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", BROKER_DN,
				"-validity", "825", "-keystore", broker);
		keytool("-certreq", "-alias", "broker", "-keystore", broker, "-file", csr);
		keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-infile", csr, "-outfile", signed, "-validity",
				"825", "-ext", "san=dns:localhost,ip:127.0.0.1", "-ext", "eku=serverAuth,clientAuth", "-ext",
				"ku=digitalSignature,keyAgreement");
		keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", broker, "-file", caCertificate().toString());
		keytool("-importcert", "-alias", "broker", "-keystore", broker, "-file", signed);
		Files.delete(Path.of(csr));
		Files.writeString(dir.resolve(".complete"), "");
	}

	private void keytool(String... args) throws IOException, StackException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(args));
		// from the file, so the password is not in the process list
		command.addAll(List.of("-storetype", "PKCS12", "-storepass:file", dir.resolve("password").toString()));
		ChildProcess process = ChildProcess.start("keytool", command, Map.of(), dir, log, true, "keytool");
		if (!process.waitFor(Duration.ofMinutes(1)) || process.exitCode() != 0) {
			ProcessTrees.kill(process.tree());
			throw new StackException(
					"Creating the local certificate authority failed (keytool " + args[0] + ") — see " + log + ".");
		}
	}

}
