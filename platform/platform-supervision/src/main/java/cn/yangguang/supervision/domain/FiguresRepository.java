package cn.yangguang.supervision.domain;

/** Reads a county's figures; inside its tenant transaction. */
public interface FiguresRepository {

  CountyFigures read();
}
