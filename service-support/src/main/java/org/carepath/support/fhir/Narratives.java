package org.carepath.support.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable text of a FHIR resource (dom-6: "a resource should have narrative"),
 * generated from what the resource itself says: one paragraph per line, plain text only,
 * escaped when the resource is written. A narrative never says more than the coded data
 * beside it.
 */
public final class Narratives {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private Narratives() {
	}

	public static Narrative generated(List<String> lines) {
		XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
		div.setAttribute("xmlns", XHTML);
		lines.forEach(div::para);
		Narrative narrative = new Narrative();
		narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
		narrative.setDiv(div);
		return narrative;
	}

	public static Narrative generated(String... lines) {
		return generated(List.of(lines));
	}

}
