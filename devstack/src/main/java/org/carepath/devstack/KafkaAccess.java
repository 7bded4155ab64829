package org.carepath.devstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Every topic and every ACL of CarePath's Kafka, in one place (docs/events.md#topics,
 * docs/kafka-operations.md). The broker denies whatever is not listed here; principals
 * are Keycloak client ids (the token's {@code azp}). A partner program is a Keycloak
 * client {@code partner-<id>} with a {@code partner_id} claim: each one gets its topic,
 * read access to it and its own consumer group, nothing else.
 */
final class KafkaAccess {

	static final String SCREENINGS = "intake.screenings.v1";

	static final String LIFECYCLE = "referrals.lifecycle.v1";

	static final String PARTNER_TOPIC_PREFIX = "referrals.partner.";

	/**
	 * Screenings and the lifecycle: enough partitions for several instances of the
	 * consuming service to share them (two referral-service instances get three each; up
	 * to six can share). Raising the count of an existing topic moves keys: harmless for
	 * screenings (one event per key); a referral's next lifecycle event may land in
	 * another partition than its earlier ones, so raise it only while its consumers have
	 * no lag (the stack does it at start, docs/kafka-operations.md).
	 */
	static final int SERVICE_TOPIC_PARTITIONS = 6;

	/**
	 * A partner topic keeps one partition: the partner sees its events in exactly the
	 * order referral-service published them (a cancellation never overtakes its request,
	 * docs/events.md), its volume is a few events per referral, and a second consumer in
	 * the partner's group is a hot standby. Changing the count of a topic moves keys to
	 * other partitions, which would break that order for open referrals; so it is not
	 * done.
	 */
	static final int PARTNER_TOPIC_PARTITIONS = 1;

	static final String INTAKE = "intake-service";

	static final String REFERRAL = "referral-service";

	/** The same rule as referral-service's topic names: a slug, never about a person. */
	private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	/** A partner client's hard-coded {@code partner_id} claim in the realm. */
	private static final Pattern PARTNER_CLAIM = Pattern
		.compile("\"claim\\.name\"\\s*:\\s*\"partner_id\"\\s*,\\s*\"claim\\.value\"\\s*:\\s*\"([^\"]*)\"");

	private KafkaAccess() {
	}

	/** The partner programs the realm knows: each client's {@code partner_id} claim. */
	static List<String> partnerIds(String realmJson) {
		List<String> ids = new ArrayList<>();
		Matcher claim = PARTNER_CLAIM.matcher(realmJson);
		while (claim.find()) {
			ids.add(checkedPartnerId(claim.group(1)));
		}
		return List.copyOf(ids);
	}

	static String partnerTopic(String partnerId) {
		return PARTNER_TOPIC_PREFIX + checkedPartnerId(partnerId) + ".v1";
	}

	static String partnerPrincipal(String partnerId) {
		return "User:partner-" + checkedPartnerId(partnerId);
	}

	static List<String> topics(Collection<String> partnerIds) {
		List<String> topics = new ArrayList<>(List.of(SCREENINGS, LIFECYCLE));
		partnerIds.forEach(id -> topics.add(partnerTopic(id)));
		return topics;
	}

	static List<AclBinding> acls(Collection<String> partnerIds) {
		List<AclBinding> acls = new ArrayList<>();
		String intake = "User:" + INTAKE;
		String referral = "User:" + REFERRAL;
		// intake-service: publishes screenings, reads the referral lifecycle in its own
		// group
		topic(acls, SCREENINGS, PatternType.LITERAL, intake, AclOperation.WRITE, AclOperation.DESCRIBE);
		topic(acls, LIFECYCLE, PatternType.LITERAL, intake, AclOperation.READ, AclOperation.DESCRIBE);
		group(acls, INTAKE, intake);
		// referral-service: reads screenings in its own group, writes every partner topic
		// and the
		// lifecycle
		topic(acls, SCREENINGS, PatternType.LITERAL, referral, AclOperation.READ, AclOperation.DESCRIBE);
		group(acls, REFERRAL, referral);
		topic(acls, PARTNER_TOPIC_PREFIX, PatternType.PREFIXED, referral, AclOperation.WRITE, AclOperation.DESCRIBE);
		topic(acls, LIFECYCLE, PatternType.LITERAL, referral, AclOperation.WRITE, AclOperation.DESCRIBE);
		// each partner: reads its own topic in its own group; no write, no other topic or
		// group
		for (String id : partnerIds) {
			String partner = partnerPrincipal(id);
			topic(acls, partnerTopic(id), PatternType.LITERAL, partner, AclOperation.READ, AclOperation.DESCRIBE);
			group(acls, "partner-" + id, partner);
		}
		return List.copyOf(acls);
	}

	/** How many partitions a topic of {@link #topics} has. */
	static int partitions(String topic) {
		return topic.startsWith(PARTNER_TOPIC_PREFIX) ? PARTNER_TOPIC_PARTITIONS : SERVICE_TOPIC_PARTITIONS;
	}

	/**
	 * Creates the missing topics (with this replication factor and
	 * {@code min.insync.replicas}), raises the partition count of existing ones that have
	 * fewer, creates the missing ACLs, and removes ACLs this code no longer lists (a
	 * removed partner). Topics are never deleted: a removed partner's topic may still
	 * hold events it must receive (docs/kafka-operations.md). An existing topic keeps its
	 * replication factor: changing it means reassigning replicas, an operator's decision.
	 */
	static void apply(Admin admin, Collection<String> partnerIds, int replicationFactor, int minInsyncReplicas)
			throws ExecutionException, InterruptedException {
		Set<String> existing = admin.listTopics().names().get();
		List<NewTopic> missing = topics(partnerIds).stream()
			.filter(topic -> !existing.contains(topic))
			.map(topic -> new NewTopic(topic, partitions(topic), (short) replicationFactor)
				.configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas))))
			.toList();
		if (!missing.isEmpty()) {
			admin.createTopics(missing).all().get();
		}
		List<String> kept = topics(partnerIds).stream().filter(existing::contains).toList();
		if (!kept.isEmpty()) {
			Map<String, NewPartitions> raise = new HashMap<>();
			for (TopicDescription topic : admin.describeTopics(kept).allTopicNames().get().values()) {
				if (topic.partitions().size() < partitions(topic.name())) {
					raise.put(topic.name(), NewPartitions.increaseTo(partitions(topic.name())));
				}
			}
			if (!raise.isEmpty()) {
				admin.createPartitions(raise).all().get();
			}
		}
		Set<AclBinding> wanted = new HashSet<>(acls(partnerIds));
		List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY)
			.values()
			.get()
			.stream()
			.filter(binding -> !wanted.contains(binding))
			.map(AclBinding::toFilter)
			.toList();
		if (!stale.isEmpty()) {
			admin.deleteAcls(stale).all().get();
		}
		admin.createAcls(wanted).all().get();
	}

	private static void topic(List<AclBinding> acls, String name, PatternType pattern, String principal,
			AclOperation... operations) {
		for (AclOperation operation : operations) {
			acls.add(allow(new ResourcePattern(ResourceType.TOPIC, name, pattern), principal, operation));
		}
	}

	private static void group(List<AclBinding> acls, String group, String principal) {
		acls.add(allow(new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL), principal,
				AclOperation.READ));
	}

	private static AclBinding allow(ResourcePattern resource, String principal, AclOperation operation) {
		return new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
	}

	private static String checkedPartnerId(String partnerId) {
		if (!PARTNER_ID.matcher(partnerId).matches()) {
			throw new IllegalArgumentException("Not a partner id (a slug of a-z, 0-9 and -): " + partnerId);
		}
		return partnerId;
	}

}
