/**
 * The words of a signer's block, folded to ASCII capitals (asciiFold), as regex sources shared by
 * the readers that must tell them from a list entry: the Nơi nhận column's cells (structure.ts)
 * and its entries (recipients.ts).
 */

/** A head-of-body title ("CHU TICH"), a deputy's ("PHO GIAM DOC") or a general one ("TONG BI THU"). */
export const HEAD_TITLES =
  "(?:PHO |TONG )?(?:CHU TICH|BI THU|GIAM DOC|CHU NHIEM|BO TRUONG|THU TRUONG|VIEN TRUONG|CUC TRUONG|VU TRUONG|HIEU TRUONG|TRUONG BAN|TRUONG PHONG|CHANH VAN PHONG|CHANH THANH TRA)";

/** A signing mark as printed without a slash (NĐ 30 Điều 8 khoản 7): KT, TM, TL, TUQ. */
export const MARK_LETTERS = "KT|TM|TL|TUQ";
