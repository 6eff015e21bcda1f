package eu.ka122.planner.platform.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form that sends what its page never had gets a 400 page that says so, not a server
 * error or a blank "bad request": a row index far beyond the last row (which the binder
 * refuses to grow a list to), or a button value that is no number where the page sends
 * one (which row to remove or copy), or a form without a field its page always sends (the
 * version of a row's copy button, the round of "start an application").
 */
@ControllerAdvice(annotations = Controller.class)
class FormLimits {

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unknownField(InvalidPropertyException ex) {
		return page();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongParameter(MethodArgumentTypeMismatchException ex) throws MethodArgumentTypeMismatchException {
		if (!ex.getParameter().hasParameterAnnotation(RequestParam.class)) {
			throw ex;
		}
		return page();
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return page();
	}

	private static ModelAndView page() {
		ModelAndView page = new ModelAndView("error/400");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
