package org.carepath.portal.learn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LearnController {

	private final ContentClient content;

	LearnController(ContentClient content) {
		this.content = content;
	}

	@GetMapping("/learn")
	String articles(Model model) {
		model.addAttribute("articles", this.content.publishedArticles());
		return "learn/articles";
	}

}
