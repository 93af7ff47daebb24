import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface VanBanCstNode extends CstNode {
  name: "vanBan";
  children: VanBanCstChildren;
}

export type VanBanCstChildren = {
  document?: DocumentCstNode[];
};

export interface DocumentCstNode extends CstNode {
  name: "document";
  children: DocumentCstChildren;
}

export type DocumentCstChildren = {
  banner?: IToken[];
  phanDau: PhanDauCstNode[];
  noiDung: NoiDungCstNode[];
  phanCuoi: PhanCuoiCstNode[];
  stray?: (IToken)[];
};

export interface PhanDauCstNode extends CstNode {
  name: "phanDau";
  children: PhanDauCstChildren;
}

export type PhanDauCstChildren = {
  dau?: DauCstNode[];
  quocHieu?: QuocHieuCstNode[];
  trichYeu?: TrichYeuCstNode[];
  coQuanBanHanh?: CoQuanBanHanhCstNode[];
  soKyHieu?: SoKyHieuCstNode[];
  diaDanhThoiGian?: DiaDanhThoiGianCstNode[];
  DoKhan?: IToken[];
  tenLoaiTrichYeu?: TenLoaiTrichYeuCstNode[];
  kinhGui?: KinhGuiCstNode[];
  manh?: ManhCstNode[];
};

export interface QuocHieuCstNode extends CstNode {
  name: "quocHieu";
  children: QuocHieuCstChildren;
}

export type QuocHieuCstChildren = {
  QuocHieu?: IToken[];
  QuocHieuTiep?: IToken[];
  TieuNgu?: IToken[];
  DangCongSan?: IToken[];
};

export interface SoKyHieuCstNode extends CstNode {
  name: "soKyHieu";
  children: SoKyHieuCstChildren;
}

export type SoKyHieuCstChildren = {
  SoKyHieu: IToken[];
  MaSoKyHieu?: IToken[];
};

export interface DiaDanhThoiGianCstNode extends CstNode {
  name: "diaDanhThoiGian";
  children: DiaDanhThoiGianCstChildren;
}

export type DiaDanhThoiGianCstChildren = {
  DiaDanhThoiGian: IToken[];
  NgayThangNam?: IToken[];
};

export interface CoQuanBanHanhCstNode extends CstNode {
  name: "coQuanBanHanh";
  children: CoQuanBanHanhCstChildren;
}

export type CoQuanBanHanhCstChildren = {
  ChuIn: IToken[];
};

export interface TenLoaiTrichYeuCstNode extends CstNode {
  name: "tenLoaiTrichYeu";
  children: TenLoaiTrichYeuCstChildren;
}

export type TenLoaiTrichYeuCstChildren = {
  TenLoai: IToken[];
  title?: IToken[];
};

export interface TrichYeuCstNode extends CstNode {
  name: "trichYeu";
  children: TrichYeuCstChildren;
}

export type TrichYeuCstChildren = {
  TrichYeu?: IToken[];
  title?: IToken[];
  capitals?: (IToken)[];
};

export interface KinhGuiCstNode extends CstNode {
  name: "kinhGui";
  children: KinhGuiCstChildren;
}

export type KinhGuiCstChildren = {
  KinhGui: IToken[];
  entry?: IToken[];
};

export interface NoiDungCstNode extends CstNode {
  name: "noiDung";
  children: NoiDungCstChildren;
}

export type NoiDungCstChildren = {
  dau?: DauCstNode[];
  manh?: (ManhCstNode | IToken)[];
  text?: IToken[];
};

export interface PhanCuoiCstNode extends CstNode {
  name: "phanCuoi";
  children: PhanCuoiCstChildren;
}

export type PhanCuoiCstChildren = {
  noiNhan?: (NoiNhanCstNode)[];
  chuKy?: ChuKyCstNode[];
  cosigner?: ChuKyCstNode[];
  signerRest?: ChuKyCstNode[];
  dau?: DauCstNode[];
  manh?: ManhCstNode[];
  phuLuc?: PhuLucCstNode[];
};

export interface NoiNhanCstNode extends CstNode {
  name: "noiNhan";
  children: NoiNhanCstChildren;
}

export type NoiNhanCstChildren = {
  NoiNhan?: IToken[];
  dau?: DauCstNode[];
  manh?: (ManhCstNode | IToken)[];
  text?: IToken[];
};

export interface ChuKyCstNode extends CstNode {
  name: "chuKy";
  children: ChuKyCstChildren;
}

export type ChuKyCstChildren = {
  KyThay?: IToken[];
  pageHeader?: IToken[];
  position?: IToken[];
  stamp?: IToken[];
  debris?: ManhCstNode[];
  HoTen?: IToken[];
};

export interface PhuLucCstNode extends CstNode {
  name: "phuLuc";
  children: PhuLucCstChildren;
}

export type PhuLucCstChildren = {
  header?: IToken[];
  lead?: IToken[];
  title: IToken[];
  line?: IToken[];
};

export interface DauCstNode extends CstNode {
  name: "dau";
  children: DauCstChildren;
}

export type DauCstChildren = {
  leadIn?: IToken[];
  SoKyHieu?: IToken[];
  DauDen?: IToken[];
  ChuKySo?: IToken[];
};

export interface ManhCstNode extends CstNode {
  name: "manh";
  children: ManhCstChildren;
}

export type ManhCstChildren = {
  PageBreak?: IToken[];
  Digits?: IToken[];
  Separator?: IToken[];
  AnhChuKy?: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  vanBan(children: VanBanCstChildren, param?: IN): OUT;
  document(children: DocumentCstChildren, param?: IN): OUT;
  phanDau(children: PhanDauCstChildren, param?: IN): OUT;
  quocHieu(children: QuocHieuCstChildren, param?: IN): OUT;
  soKyHieu(children: SoKyHieuCstChildren, param?: IN): OUT;
  diaDanhThoiGian(children: DiaDanhThoiGianCstChildren, param?: IN): OUT;
  coQuanBanHanh(children: CoQuanBanHanhCstChildren, param?: IN): OUT;
  tenLoaiTrichYeu(children: TenLoaiTrichYeuCstChildren, param?: IN): OUT;
  trichYeu(children: TrichYeuCstChildren, param?: IN): OUT;
  kinhGui(children: KinhGuiCstChildren, param?: IN): OUT;
  noiDung(children: NoiDungCstChildren, param?: IN): OUT;
  phanCuoi(children: PhanCuoiCstChildren, param?: IN): OUT;
  noiNhan(children: NoiNhanCstChildren, param?: IN): OUT;
  chuKy(children: ChuKyCstChildren, param?: IN): OUT;
  phuLuc(children: PhuLucCstChildren, param?: IN): OUT;
  dau(children: DauCstChildren, param?: IN): OUT;
  manh(children: ManhCstChildren, param?: IN): OUT;
}
