package cn.yangguang.casework.domain;

/** No case (or work item) with this id in the county: the API answers 404. */
public class CaseNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseNotFoundException(String what) {
    super(what + " does not exist in this county");
  }
}
