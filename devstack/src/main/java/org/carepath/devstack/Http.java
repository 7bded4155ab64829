package org.carepath.devstack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Readiness probes. HttpURLConnection rather than HttpClient: nothing left running
 * between probes.
 */
final class Http {

	private Http() {
	}

	static boolean isOk(URI uri) {
		HttpURLConnection connection = null;
		try {
			connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout(1000);
			connection.setReadTimeout(2000);
			connection.setUseCaches(false);
			return connection.getResponseCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

}
