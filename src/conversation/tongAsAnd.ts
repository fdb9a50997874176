// 同 joining two things (首貸同續貸, 擔保費率同無縫續貸): “and” in Cantonese and Shanghainese, which both
// join things this way — outside the Mandarin words that hold it (同时, 同意, 合同, 不同, 同事 …). The dialect
// readers apply it only to a message written in their dialect; in Mandarin 同 stays itself.

export const TONG_AND =
  /(?<![合共相不如陪会會连連协協赞贊认認大雷等混])同(?![时時意样樣一比事行步等志期类類学學款业業城乡鄉伴乐樂])/gu;
