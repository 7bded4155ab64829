package org.carepath.portal;

/**
 * Content service answers as its API contract describes them, for the education pages'
 * tests. Kept in one place so the pages are tested against one consistent picture of the
 * service.
 */
public final class EducationFixtures {

	public static final String ARTICLE_PATH = "/api/content/articles/ketamine-addiction";

	/**
	 * The published article, with everything the page shows — and an extra field the
	 * portal must ignore.
	 */
	public static final String KETAMINE_ARTICLE = """
			{"slug":"ketamine-addiction","title":"Ketamine addiction",
			 "summary":"Signs, tolerance and what treatment looks like.",
			 "author":{"name":"Sam Rivera","credentials":"LCSW, MAC"},
			 "topics":["ketamine","addiction","treatment"],
			 "html":"<h2 id=\\"signs\\">Signs of ketamine addiction</h2><p>Needing more to feel the same.</p><h3 id=\\"tolerance\\">Tolerance</h3><p>Builds fast.</p><h2 id=\\"treatment\\">Treatment</h2><p>CBT helps.</p>",
			 "toc":[{"id":"signs","text":"Signs of ketamine addiction","level":2},{"id":"tolerance","text":"Tolerance","level":3},
			        {"id":"treatment","text":"Treatment","level":2}],
			 "faq":[{"question":"Is ketamine addictive?","answer":"Yes. Psychological dependence is common."},
			        {"question":"Can I stop on my own?","answer":"Many people do better with support."}],
			 "resources":[
			   {"id":"smart","kind":"support-group","name":"SMART Recovery","phone":null,"text":null,
			    "url":"https://www.smartrecovery.org/","hours":"Meetings daily","description":"Science-based mutual help."},
			   {"id":"988","kind":"crisis-line","name":"988 Suicide & Crisis Lifeline","phone":"988","text":"988",
			    "url":"https://988lifeline.org/","hours":"24/7","description":"Free, confidential support."},
			   {"id":"samhsa","kind":"helpline","name":"SAMHSA National Helpline","phone":"1-800-662-4357","text":null,
			    "url":"javascript:alert(1)","hours":"24/7, 365 days","description":"Treatment referral and information."}],
			 "relatedInstruments":["dast-10"],
			 "reviewedBy":"Dr. Morgan Lee, MD","reviewedAt":"2025-06-03T15:00:00Z",
			 "revision":4,"readingMinutes":7,"publishedAt":"2025-05-01T12:00:00Z","updatedAt":"2025-06-03T15:00:00Z",
			 "somethingNew":{"the":"portal ignores this"}}""";

	public static final String ARTICLE_LIST = """
			{"items":[{"slug":"ketamine-addiction","title":"Ketamine addiction","summary":"Signs, tolerance and what treatment looks like.",
			           "author":{"name":"Sam Rivera","credentials":"LCSW"},"topics":["ketamine","addiction"],
			           "readingMinutes":7,"publishedAt":"2025-05-01T12:00:00Z"}],
			 "page":0,"size":20,"totalItems":1,"totalPages":1,"query":null}""";

	public static final String NO_ARTICLES = """
			{"items":[],"page":0,"size":20,"totalItems":0,"totalPages":0,"query":null}""";

	public static final String REVISIONS_PATH = "/api/content/articles/ketamine-addiction/revisions";

	/**
	 * History, newest first: a draft that was sent back on top of the published revision.
	 */
	public static final String REVISIONS = """
			[{"revision":5,"state":"draft","title":"Ketamine addiction","createdBy":"Erin Editor","createdAt":"2025-06-10T09:00:00Z",
			  "submittedAt":"2025-06-10T10:00:00Z","reviewedBy":"Dr. Morgan Lee, MD","reviewedAt":"2025-06-11T08:00:00Z",
			  "comments":"Please cite the tolerance figures.","events":[]},
			 {"revision":4,"state":"published","title":"Ketamine addiction","createdBy":"Erin Editor","createdAt":"2025-06-01T09:00:00Z",
			  "submittedAt":"2025-06-02T09:00:00Z","reviewedBy":"Dr. Morgan Lee, MD","reviewedAt":"2025-06-03T15:00:00Z","comments":null}]""";

	public static final String REVISION_5_PATH = "/api/content/articles/ketamine-addiction/revisions/5";

	/**
	 * Revision 5 in full: its Markdown changes one line of the published body and adds
	 * one; every other public part is as published.
	 */
	public static final String REVISION_5 = """
			{"slug":"ketamine-addiction","revision":5,"state":"%s","title":"Ketamine addiction",
			 "summary":"Signs, tolerance and what treatment looks like.","author":{"name":"Sam Rivera","credentials":"LCSW"},
			 "topics":["ketamine","addiction"],
			 "body":"## Signs\\n\\nNeeding more to feel the same.\\n\\n## Treatment\\n\\nCBT and support groups help.\\nSMART Recovery meets daily.\\n",
			 "html":"<h2 id=\\"signs\\">Signs</h2><p>Needing more to feel the same.</p><h2 id=\\"treatment\\">Treatment</h2><p>CBT and support groups help.</p>",
			 "toc":[{"id":"signs","text":"Signs","level":2}],
			 "faq":[{"question":"Is ketamine addictive?","answer":"Yes."}],
			 "relatedInstruments":["dast-10"],"resourceIds":["smart"],
			 "resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery","phone":null,"text":null,
			               "url":"https://www.smartrecovery.org/","hours":"Meetings daily","description":"Science-based mutual help."}],
			 "readingMinutes":6,
			 "createdBy":"Erin Editor","createdAt":"2025-06-10T09:00:00Z","submittedAt":"2025-06-10T10:00:00Z",
			 "reviewedBy":null,"reviewedAt":null,"comments":"Please cite the tolerance figures.",
			 "publishedRevision":4,
			 "publishedBody":"## Signs\\n\\nNeeding more to feel the same.\\n\\n## Treatment\\n\\nCBT helps.\\n",
			 "published":{"title":"Ketamine addiction","summary":"Signs, tolerance and what treatment looks like.",
			   "author":{"name":"Sam Rivera","credentials":"LCSW"},"topics":["ketamine","addiction"],
			   "body":"## Signs\\n\\nNeeding more to feel the same.\\n\\n## Treatment\\n\\nCBT helps.\\n",
			   "faq":[{"question":"Is ketamine addictive?","answer":"Yes."}],"relatedInstruments":["dast-10"],
			   "resources":[{"id":"smart","kind":"support-group","name":"SMART Recovery"}]},
			 "contentHash":"%s"}""";

	/**
	 * The {@code contentHash} of {@link #REVISION_5}, which an approval must send back.
	 */
	public static final String REVISION_5_HASH = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7";

	public static final String RESOURCES = """
			[{"id":"988","kind":"crisis-line","name":"988 Suicide & Crisis Lifeline","phone":"988"},
			 {"id":"smart","kind":"support-group","name":"SMART Recovery"}]""";

	private EducationFixtures() {
	}

	public static String revision5(String state) {
		return REVISION_5.formatted(state, REVISION_5_HASH);
	}

}
