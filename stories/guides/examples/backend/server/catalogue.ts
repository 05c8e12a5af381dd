/** What you sell, at what price: the ONLY source of an order's amount. The browser sends an item id. */
export interface CatalogueItem {
  id: string;
  name: string;
  /** In fen (分, 1/100 yuan): integers, so no rounding ever changes a price. */
  priceFen: number;
}

// Your product database. A Map, so that an id such as `__proto__` or `toString` finds nothing.
const items = new Map<string, CatalogueItem>(
  [
    { id: 'oolong-250g', name: '乌龙茶 250 g', priceFen: 6800 },
    { id: 'tea-set', name: '茶具套装', priceFen: 19900 },
  ].map((item) => [item.id, item]),
);

export function findItem(id: string): CatalogueItem | undefined {
  return items.get(id);
}
