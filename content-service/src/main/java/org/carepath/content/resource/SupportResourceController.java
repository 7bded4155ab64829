package org.carepath.content.resource;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SupportResourceController {

	private final SupportResources resources;

	SupportResourceController(SupportResources resources) {
		this.resources = resources;
	}

	@GetMapping("/api/content/resources")
	ResponseEntity<List<SupportResource>> resources(
			@RequestParam(required = false) @Pattern(regexp = "crisis-line|support-group|treatment-locator|helpline",
					message = "must be one of crisis-line, support-group, treatment-locator, helpline") String kind) {
		List<SupportResource> found = (kind != null) ? this.resources.ofKind(kind) : this.resources.all();
		// The directory changes only with a deployment: let browsers and the gateway keep
		// it for a while.
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(found);
	}

}
