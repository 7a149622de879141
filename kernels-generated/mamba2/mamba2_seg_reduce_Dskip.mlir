module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_seg_reduce_Dskip(%part_Dskip: !llvm.ptr, %dx_Dskip: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_P : i64
      %v9 = arith.constant 256 : i64
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = arith.constant 0x00000000 : f32
      %v41 = arith.constant 0 : i64
      %v43 = arith.constant 255 : i64
      %v79 = arith.constant 2 : i64
      %v88 = arith.constant 3 : i64
      %v97 = arith.constant 4 : i64
      %v106 = arith.constant 5 : i64
      %v115 = arith.constant 6 : i64
      %v124 = arith.constant 7 : i64
      %v133 = arith.constant 8 : i64
      %v142 = arith.constant 9 : i64
      %v151 = arith.constant 10 : i64
      %v160 = arith.constant 11 : i64
      %v169 = arith.constant 12 : i64
      %v178 = arith.constant 13 : i64
      %v187 = arith.constant 14 : i64
      %v196 = arith.constant 15 : i64
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v6 : index to i64
      %v8 = arith.index_cast %v5 : index to i64
      %v10 = arith.muli %v8, %v9 : i64
      %v11 = arith.addi %v10, %v7 : i64
      %v12 = arith.cmpi slt, %v11, %size_H : i64
      %v13 = arith.subi %size_H, %v2 : i64
      %v14 = arith.minsi %v11, %v13 : i64
      %v15 = arith.remui %v14, %size_P : i64
      %v16 = arith.divui %v14, %size_P : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      scf.if %v12 {
        %v21 = arith.constant true
        scf.if %v21 {
          llvm.store %v38, %v22 : f32, !llvm.ptr
          llvm.store %v38, %v23 : f32, !llvm.ptr
          llvm.store %v38, %v24 : f32, !llvm.ptr
          llvm.store %v38, %v25 : f32, !llvm.ptr
          llvm.store %v38, %v26 : f32, !llvm.ptr
          llvm.store %v38, %v27 : f32, !llvm.ptr
          llvm.store %v38, %v28 : f32, !llvm.ptr
          llvm.store %v38, %v29 : f32, !llvm.ptr
          llvm.store %v38, %v30 : f32, !llvm.ptr
          llvm.store %v38, %v31 : f32, !llvm.ptr
          llvm.store %v38, %v32 : f32, !llvm.ptr
          llvm.store %v38, %v33 : f32, !llvm.ptr
          llvm.store %v38, %v34 : f32, !llvm.ptr
          llvm.store %v38, %v35 : f32, !llvm.ptr
          llvm.store %v38, %v36 : f32, !llvm.ptr
          llvm.store %v38, %v37 : f32, !llvm.ptr
          %v39 = arith.remui %v11, %size_H : i64
          %v40 = arith.divui %v11, %size_H : i64
          %v42 = arith.muli %size_B, %size_P : i64
          %v44 = arith.addi %size_L, %v43 : i64
          %v45 = arith.divui %v44, %v9 : i64
          %v46 = arith.index_cast %v41 : i64 to index
          %v47 = arith.index_cast %v42 : i64 to index
          %v48 = arith.index_cast %v2 : i64 to index
          scf.for %v49 = %v46 to %v47 step %v48 {
            %v50 = arith.index_cast %v49 : index to i64
            %v51 = arith.remui %v50, %size_P : i64
            %v52 = arith.divui %v50, %size_P : i64
            %v53 = arith.remui %v52, %size_B : i64
            %v54 = arith.divui %v52, %size_B : i64
            %v55 = arith.muli %v53, %size_H : i64
            %v56 = arith.addi %v55, %v39 : i64
            %v57 = arith.muli %v56, %size_P : i64
            %v58 = arith.addi %v57, %v51 : i64
            %v59 = arith.index_cast %v41 : i64 to index
            %v60 = arith.index_cast %v45 : i64 to index
            %v61 = arith.index_cast %v1 : i64 to index
            scf.for %v62 = %v59 to %v60 step %v61 {
              %v63 = arith.index_cast %v62 : index to i64
              %v64 = arith.cmpi slt, %v63, %v45 : i64
              scf.if %v64 {
                %v65 = arith.muli %v63, %v4 : i64
                %v66 = arith.addi %v58, %v65 : i64
                %v67 = llvm.getelementptr %part_Dskip[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v68 = llvm.load %v67 : !llvm.ptr -> f32
                %v69 = llvm.load %v22 : !llvm.ptr -> f32
                %v70 = arith.addf %v69, %v68 fastmath<contract> : f32
                llvm.store %v70, %v22 : f32, !llvm.ptr
              }
              %v71 = arith.addi %v63, %v2 : i64
              %v72 = arith.cmpi slt, %v71, %v45 : i64
              scf.if %v72 {
                %v73 = arith.muli %v71, %v4 : i64
                %v74 = arith.addi %v58, %v73 : i64
                %v75 = llvm.getelementptr %part_Dskip[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v76 = llvm.load %v75 : !llvm.ptr -> f32
                %v77 = llvm.load %v23 : !llvm.ptr -> f32
                %v78 = arith.addf %v77, %v76 fastmath<contract> : f32
                llvm.store %v78, %v23 : f32, !llvm.ptr
              }
              %v80 = arith.addi %v63, %v79 : i64
              %v81 = arith.cmpi slt, %v80, %v45 : i64
              scf.if %v81 {
                %v82 = arith.muli %v80, %v4 : i64
                %v83 = arith.addi %v58, %v82 : i64
                %v84 = llvm.getelementptr %part_Dskip[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v85 = llvm.load %v84 : !llvm.ptr -> f32
                %v86 = llvm.load %v24 : !llvm.ptr -> f32
                %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
                llvm.store %v87, %v24 : f32, !llvm.ptr
              }
              %v89 = arith.addi %v63, %v88 : i64
              %v90 = arith.cmpi slt, %v89, %v45 : i64
              scf.if %v90 {
                %v91 = arith.muli %v89, %v4 : i64
                %v92 = arith.addi %v58, %v91 : i64
                %v93 = llvm.getelementptr %part_Dskip[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v94 = llvm.load %v93 : !llvm.ptr -> f32
                %v95 = llvm.load %v25 : !llvm.ptr -> f32
                %v96 = arith.addf %v95, %v94 fastmath<contract> : f32
                llvm.store %v96, %v25 : f32, !llvm.ptr
              }
              %v98 = arith.addi %v63, %v97 : i64
              %v99 = arith.cmpi slt, %v98, %v45 : i64
              scf.if %v99 {
                %v100 = arith.muli %v98, %v4 : i64
                %v101 = arith.addi %v58, %v100 : i64
                %v102 = llvm.getelementptr %part_Dskip[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v103 = llvm.load %v102 : !llvm.ptr -> f32
                %v104 = llvm.load %v26 : !llvm.ptr -> f32
                %v105 = arith.addf %v104, %v103 fastmath<contract> : f32
                llvm.store %v105, %v26 : f32, !llvm.ptr
              }
              %v107 = arith.addi %v63, %v106 : i64
              %v108 = arith.cmpi slt, %v107, %v45 : i64
              scf.if %v108 {
                %v109 = arith.muli %v107, %v4 : i64
                %v110 = arith.addi %v58, %v109 : i64
                %v111 = llvm.getelementptr %part_Dskip[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v112 = llvm.load %v111 : !llvm.ptr -> f32
                %v113 = llvm.load %v27 : !llvm.ptr -> f32
                %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
                llvm.store %v114, %v27 : f32, !llvm.ptr
              }
              %v116 = arith.addi %v63, %v115 : i64
              %v117 = arith.cmpi slt, %v116, %v45 : i64
              scf.if %v117 {
                %v118 = arith.muli %v116, %v4 : i64
                %v119 = arith.addi %v58, %v118 : i64
                %v120 = llvm.getelementptr %part_Dskip[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v121 = llvm.load %v120 : !llvm.ptr -> f32
                %v122 = llvm.load %v28 : !llvm.ptr -> f32
                %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
                llvm.store %v123, %v28 : f32, !llvm.ptr
              }
              %v125 = arith.addi %v63, %v124 : i64
              %v126 = arith.cmpi slt, %v125, %v45 : i64
              scf.if %v126 {
                %v127 = arith.muli %v125, %v4 : i64
                %v128 = arith.addi %v58, %v127 : i64
                %v129 = llvm.getelementptr %part_Dskip[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v130 = llvm.load %v129 : !llvm.ptr -> f32
                %v131 = llvm.load %v29 : !llvm.ptr -> f32
                %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
                llvm.store %v132, %v29 : f32, !llvm.ptr
              }
              %v134 = arith.addi %v63, %v133 : i64
              %v135 = arith.cmpi slt, %v134, %v45 : i64
              scf.if %v135 {
                %v136 = arith.muli %v134, %v4 : i64
                %v137 = arith.addi %v58, %v136 : i64
                %v138 = llvm.getelementptr %part_Dskip[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v139 = llvm.load %v138 : !llvm.ptr -> f32
                %v140 = llvm.load %v30 : !llvm.ptr -> f32
                %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
                llvm.store %v141, %v30 : f32, !llvm.ptr
              }
              %v143 = arith.addi %v63, %v142 : i64
              %v144 = arith.cmpi slt, %v143, %v45 : i64
              scf.if %v144 {
                %v145 = arith.muli %v143, %v4 : i64
                %v146 = arith.addi %v58, %v145 : i64
                %v147 = llvm.getelementptr %part_Dskip[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v148 = llvm.load %v147 : !llvm.ptr -> f32
                %v149 = llvm.load %v31 : !llvm.ptr -> f32
                %v150 = arith.addf %v149, %v148 fastmath<contract> : f32
                llvm.store %v150, %v31 : f32, !llvm.ptr
              }
              %v152 = arith.addi %v63, %v151 : i64
              %v153 = arith.cmpi slt, %v152, %v45 : i64
              scf.if %v153 {
                %v154 = arith.muli %v152, %v4 : i64
                %v155 = arith.addi %v58, %v154 : i64
                %v156 = llvm.getelementptr %part_Dskip[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v157 = llvm.load %v156 : !llvm.ptr -> f32
                %v158 = llvm.load %v32 : !llvm.ptr -> f32
                %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
                llvm.store %v159, %v32 : f32, !llvm.ptr
              }
              %v161 = arith.addi %v63, %v160 : i64
              %v162 = arith.cmpi slt, %v161, %v45 : i64
              scf.if %v162 {
                %v163 = arith.muli %v161, %v4 : i64
                %v164 = arith.addi %v58, %v163 : i64
                %v165 = llvm.getelementptr %part_Dskip[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v166 = llvm.load %v165 : !llvm.ptr -> f32
                %v167 = llvm.load %v33 : !llvm.ptr -> f32
                %v168 = arith.addf %v167, %v166 fastmath<contract> : f32
                llvm.store %v168, %v33 : f32, !llvm.ptr
              }
              %v170 = arith.addi %v63, %v169 : i64
              %v171 = arith.cmpi slt, %v170, %v45 : i64
              scf.if %v171 {
                %v172 = arith.muli %v170, %v4 : i64
                %v173 = arith.addi %v58, %v172 : i64
                %v174 = llvm.getelementptr %part_Dskip[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v175 = llvm.load %v174 : !llvm.ptr -> f32
                %v176 = llvm.load %v34 : !llvm.ptr -> f32
                %v177 = arith.addf %v176, %v175 fastmath<contract> : f32
                llvm.store %v177, %v34 : f32, !llvm.ptr
              }
              %v179 = arith.addi %v63, %v178 : i64
              %v180 = arith.cmpi slt, %v179, %v45 : i64
              scf.if %v180 {
                %v181 = arith.muli %v179, %v4 : i64
                %v182 = arith.addi %v58, %v181 : i64
                %v183 = llvm.getelementptr %part_Dskip[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v184 = llvm.load %v183 : !llvm.ptr -> f32
                %v185 = llvm.load %v35 : !llvm.ptr -> f32
                %v186 = arith.addf %v185, %v184 fastmath<contract> : f32
                llvm.store %v186, %v35 : f32, !llvm.ptr
              }
              %v188 = arith.addi %v63, %v187 : i64
              %v189 = arith.cmpi slt, %v188, %v45 : i64
              scf.if %v189 {
                %v190 = arith.muli %v188, %v4 : i64
                %v191 = arith.addi %v58, %v190 : i64
                %v192 = llvm.getelementptr %part_Dskip[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v193 = llvm.load %v192 : !llvm.ptr -> f32
                %v194 = llvm.load %v36 : !llvm.ptr -> f32
                %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
                llvm.store %v195, %v36 : f32, !llvm.ptr
              }
              %v197 = arith.addi %v63, %v196 : i64
              %v198 = arith.cmpi slt, %v197, %v45 : i64
              scf.if %v198 {
                %v199 = arith.muli %v197, %v4 : i64
                %v200 = arith.addi %v58, %v199 : i64
                %v201 = llvm.getelementptr %part_Dskip[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v202 = llvm.load %v201 : !llvm.ptr -> f32
                %v203 = llvm.load %v37 : !llvm.ptr -> f32
                %v204 = arith.addf %v203, %v202 fastmath<contract> : f32
                llvm.store %v204, %v37 : f32, !llvm.ptr
              }
            }
          }
          %v205 = llvm.load %v22 : !llvm.ptr -> f32
          %v206 = llvm.load %v23 : !llvm.ptr -> f32
          %v207 = arith.addf %v205, %v206 fastmath<contract> : f32
          %v208 = llvm.load %v24 : !llvm.ptr -> f32
          %v209 = arith.addf %v207, %v208 fastmath<contract> : f32
          %v210 = llvm.load %v25 : !llvm.ptr -> f32
          %v211 = arith.addf %v209, %v210 fastmath<contract> : f32
          %v212 = llvm.load %v26 : !llvm.ptr -> f32
          %v213 = arith.addf %v211, %v212 fastmath<contract> : f32
          %v214 = llvm.load %v27 : !llvm.ptr -> f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = llvm.load %v28 : !llvm.ptr -> f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = llvm.load %v29 : !llvm.ptr -> f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = llvm.load %v30 : !llvm.ptr -> f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          %v222 = llvm.load %v31 : !llvm.ptr -> f32
          %v223 = arith.addf %v221, %v222 fastmath<contract> : f32
          %v224 = llvm.load %v32 : !llvm.ptr -> f32
          %v225 = arith.addf %v223, %v224 fastmath<contract> : f32
          %v226 = llvm.load %v33 : !llvm.ptr -> f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = llvm.load %v34 : !llvm.ptr -> f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = llvm.load %v35 : !llvm.ptr -> f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = llvm.load %v36 : !llvm.ptr -> f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = llvm.load %v37 : !llvm.ptr -> f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = llvm.getelementptr %dx_Dskip[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v235, %v236 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
  }
}
